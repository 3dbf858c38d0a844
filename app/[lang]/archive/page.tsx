import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute<{ lang: string }>('/[lang]/archive/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** Another edition's date archive: its years and months. Under /<default language>/ it sends the reader to the root's. */
export default async function EditionArchiveIndexRoute({ params }: { params: Promise<{ lang: string }> }) {
  return <SitePage row={await route.rowFor(params)} />;
}
