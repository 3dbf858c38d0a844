import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute<{ year: string; month: string }>('/archive/[year]/[month]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** Each month of the default edition that has articles, /archive/2018/10/. */
export default async function ArchiveMonthRoute({ params }: { params: Promise<{ year: string; month: string }> }) {
  return <SitePage row={await route.rowFor(params)} />;
}
