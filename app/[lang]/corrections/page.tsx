import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute<{ lang: string }>('/[lang]/corrections/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** Another edition's corrections. Under /<default language>/ it sends the reader to the root's. */
export default async function EditionCorrectionsPage({ params }: { params: Promise<{ lang: string }> }) {
  return <SitePage row={await route.rowFor(params)} />;
}
