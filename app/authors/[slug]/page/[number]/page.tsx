import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute<{ slug: string; number: string }>('/authors/[slug]/page/[number]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** An author's older articles from page 2; page/1/ sends the reader to the author's page. */
export default async function AuthorOlderArticlesRoute({
  params,
}: {
  params: Promise<{ slug: string; number: string }>;
}) {
  return <SitePage row={await route.rowFor(params)} />;
}
