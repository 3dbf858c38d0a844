import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute<{ lang: string; slug: string; number: string }>('/[lang]/authors/[slug]/page/[number]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** An author's older articles from page 2; page/1/ sends the reader to the author's page. Under /<default language>/ it sends the reader to the root's. */
export default async function EditionAuthorOlderArticlesRoute({
  params,
}: {
  params: Promise<{ lang: string; slug: string; number: string }>;
}) {
  return <SitePage row={await route.rowFor(params)} />;
}
