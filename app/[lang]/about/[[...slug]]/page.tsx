import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

type Params = { lang: string; slug?: string[] };
const route = pageRoute<Params>('/[lang]/about/[[...slug]]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** The newsroom's own pages in another edition. Under /<default language>/ they send the reader to the root's. */
export default async function EditionAboutSlugPage({ params }: { params: Promise<Params> }) {
  return <SitePage row={await route.rowFor(params)} />;
}
