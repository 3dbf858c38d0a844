import type { Metadata } from 'next';
import { DefaultEditionRedirect } from '@/components/DefaultEditionRedirect';
import { PageFrame } from '@/components/PageFrame';
import { SearchPage } from '@/components/SearchPage';
import { defaultEditionRedirectMetadata, editionParams } from '@/lib/lists/list-pages';
import { searchMetadata } from '@/lib/metadata/search-metadata';
import { site } from '@/lib/site-config';
import { searchPath } from '@/lib/urls';
import '../../search/search.css';

type Props = { params: Promise<{ lang: string }> };

export const dynamicParams = false;

/** Each other edition's search page, /be/search/, searching its own language's index (Pagefind splits by <html lang>). */
export function generateStaticParams(): { lang: string }[] {
  return editionParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  return lang === site.defaultLanguage ? defaultEditionRedirectMetadata(searchPath(lang)) : searchMetadata(lang);
}

export default async function EditionSearch({ params }: Props) {
  const { lang } = await params;
  if (lang === site.defaultLanguage) return <DefaultEditionRedirect to={searchPath(lang)} title={site.name} />;
  return (
    <PageFrame language={lang}>
      <SearchPage language={lang} />
    </PageFrame>
  );
}
