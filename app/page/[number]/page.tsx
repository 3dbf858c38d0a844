import type { Metadata } from 'next';
import { FrontPage } from '@/components/FrontPage';
import { homeRoutePagesToRender } from '@/lib/lists/home-routes';
import { olderArticlesMetadata } from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';

type Props = { params: Promise<{ number: string }> };

export const dynamicParams = false;

/**
 * /page/2/ and on: older articles. /page/1/ sends the reader home (and keeps this list never empty for
 * Next). Of the pages this build renders: the others come unchanged from the page cache.
 */
export function generateStaticParams(): { number: string }[] {
  return homeRoutePagesToRender(false).map(({ segment }) => ({ number: segment }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return olderArticlesMetadata(site.defaultLanguage, (await params).number);
}

export default async function OlderArticlesPage({ params }: Props) {
  return <FrontPage language={site.defaultLanguage} segment={(await params).number} />;
}
