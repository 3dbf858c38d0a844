import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute<{ lang: string }>('/[lang]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** An edition's front page: the default edition's at /. Under /<default language>/ it sends the reader to the root's. */
export default async function EditionFrontPageRoute({ params }: { params: Promise<{ lang: string }> }) {
  return <SitePage row={await route.rowFor(params)} />;
}
