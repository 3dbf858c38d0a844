import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute<{ lang: string; number: string }>('/[lang]/page/[number]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** Another edition's older articles, /page/2/ and on; /page/1/ sends the reader home. Under /<default language>/ it sends the reader to the root's. */
export default async function EditionOlderArticlesRoute({
  params,
}: {
  params: Promise<{ lang: string; number: string }>;
}) {
  return <SitePage row={await route.rowFor(params)} />;
}
