import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

type Params = { slug?: string[] };
const route = pageRoute<Params>('/about/[[...slug]]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** The newsroom's own pages in the default edition: /about/ and /about/<id>/ (content/pages/). */
export default async function AboutSlugPage({ params }: { params: Promise<Params> }) {
  return <SitePage row={await route.rowFor(params)} />;
}
