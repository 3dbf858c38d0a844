import type { Metadata } from 'next';
import { DefaultEditionRedirect } from '@/components/DefaultEditionRedirect';
import { FrontPage } from '@/components/FrontPage';
import { homeRoutePagesToRender } from '@/lib/lists/home-routes';
import { defaultEditionRedirectMetadata, olderArticlesMetadata } from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';
import { listPagePath } from '@/lib/urls';

type Props = { params: Promise<{ lang: string; number: string }> };

export const dynamicParams = false;

/**
 * An edition's older articles, /be/page/2/ and on; /be/page/1/ sends the reader to /be/. None under /en/.
 * Of the pages this build renders: the others come unchanged from the page cache.
 */
export function generateStaticParams(): { lang: string; number: string }[] {
  return homeRoutePagesToRender(true).map(({ language, segment }) => ({ lang: language, number: segment }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, number } = await params;
  if (lang === site.defaultLanguage) return defaultEditionRedirectMetadata(listPagePath('/', Number(number)));
  return olderArticlesMetadata(lang, number);
}

export default async function EditionOlderArticlesPage({ params }: Props) {
  const { lang, number } = await params;
  if (lang === site.defaultLanguage)
    return <DefaultEditionRedirect to={listPagePath('/', Number(number))} title={site.name} />;
  return <FrontPage language={lang} segment={number} />;
}
