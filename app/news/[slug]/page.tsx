import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute<{ slug: string }>('/news/[slug]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** Every article's permalink, and each earlier slug of it as a page sending the reader there. */
export default async function ArticleRoute({ params }: { params: Promise<{ slug: string }> }) {
  return <SitePage row={await route.rowFor(params)} />;
}
