import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';
import '../../search/search.css';

const route = pageRoute<{ lang: string }>('/[lang]/search/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** Another edition's search page. Under /<default language>/ it sends the reader to the root's. */
export default async function EditionSearchRoute({ params }: { params: Promise<{ lang: string }> }) {
  return <SitePage row={await route.rowFor(params)} />;
}
