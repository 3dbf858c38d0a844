import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute<{ slug: string; number: string }>('/news/[slug]/page/[number]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** A live story's older updates, page by page; its `page/1/` sends the reader to the story. */
export default async function LiveStoryPage({ params }: { params: Promise<{ slug: string; number: string }> }) {
  return <SitePage row={await route.rowFor(params)} />;
}
