import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute('/');

export const generateMetadata = route.generateMetadata;

/** An edition's front page: the default edition's at /. */
export default async function FrontPageRoute() {
  return <SitePage row={await route.rowFor({})} />;
}
