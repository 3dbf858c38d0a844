import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute<{ lang: string; year: string; month: string }>('/[lang]/archive/[year]/[month]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** Each month of another edition that has articles, /archive/2018/10/. Under /<default language>/ it sends the reader to the root's. */
export default async function EditionArchiveMonthRoute({
  params,
}: {
  params: Promise<{ lang: string; year: string; month: string }>;
}) {
  return <SitePage row={await route.rowFor(params)} />;
}
