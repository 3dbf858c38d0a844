import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute('/authors/');

export const generateMetadata = route.generateMetadata;

/** The default edition's index of every author. */
export default async function AuthorsIndexRoute() {
  return <SitePage row={await route.rowFor({})} />;
}
