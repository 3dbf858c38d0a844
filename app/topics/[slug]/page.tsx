import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute<{ slug: string }>('/topics/[slug]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** Each topic's page in the default edition. */
export default async function TopicRoute({ params }: { params: Promise<{ slug: string }> }) {
  return <SitePage row={await route.rowFor(params)} />;
}
