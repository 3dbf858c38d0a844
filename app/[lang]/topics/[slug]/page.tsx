import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute<{ lang: string; slug: string }>('/[lang]/topics/[slug]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** Each topic's page in another edition. Under /<default language>/ it sends the reader to the root's. */
export default async function EditionTopicRoute({ params }: { params: Promise<{ lang: string; slug: string }> }) {
  return <SitePage row={await route.rowFor(params)} />;
}
