import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute<{ lang: string; slug: string }>('/[lang]/authors/[slug]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** Each author's page in another edition: their role, biography and articles. Under /<default language>/ it sends the reader to the root's. */
export default async function EditionAuthorRoute({ params }: { params: Promise<{ lang: string; slug: string }> }) {
  return <SitePage row={await route.rowFor(params)} />;
}
