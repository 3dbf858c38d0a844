import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute('/archive/');

export const generateMetadata = route.generateMetadata;

/** The default edition's date archive: its years and months. */
export default async function ArchiveIndexRoute() {
  return <SitePage row={await route.rowFor({})} />;
}
