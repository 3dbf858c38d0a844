import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute<{ number: string }>('/page/[number]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** The default edition's older articles, /page/2/ and on; /page/1/ sends the reader home. */
export default async function OlderArticlesRoute({ params }: { params: Promise<{ number: string }> }) {
  return <SitePage row={await route.rowFor(params)} />;
}
