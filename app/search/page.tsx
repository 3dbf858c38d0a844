import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';
import './search.css';

const route = pageRoute('/search/');

export const generateMetadata = route.generateMetadata;

/** The default edition's search page. */
export default async function SearchRoute() {
  return <SitePage row={await route.rowFor({})} />;
}
