import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute('/topics/');

export const generateMetadata = route.generateMetadata;

/** The default edition's index of every topic. */
export default async function TopicsIndexRoute() {
  return <SitePage row={await route.rowFor({})} />;
}
