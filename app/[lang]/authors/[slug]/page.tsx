import type { Metadata } from 'next';
import { DefaultEditionRedirect } from '@/components/DefaultEditionRedirect';
import { GroupListPage } from '@/components/GroupListPage';
import {
  defaultEditionRedirectMetadata,
  editionParams,
  findGroupList,
  groupFirstPageParams,
  groupListMetadata,
} from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';
import { authorPath } from '@/lib/urls';

type Props = { params: Promise<{ lang: string; slug: string }> };

export const dynamicParams = false;

/** Every author's page in each edition besides the default one, /be/authors/<id>/ (/en/… sends the reader to the root's). */
export function generateStaticParams(): { lang: string; slug: string }[] {
  return editionParams().flatMap(({ lang }) =>
    groupFirstPageParams('author', lang).map(({ slug }) => ({ lang, slug })),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  if (lang === site.defaultLanguage) return defaultEditionRedirectMetadata(authorPath(slug, lang));
  return groupListMetadata('author', slug, lang);
}

export default async function EditionAuthorPage({ params }: Props) {
  const { lang, slug } = await params;
  if (lang === site.defaultLanguage)
    return (
      <DefaultEditionRedirect
        to={authorPath(slug, lang)}
        title={findGroupList('author', slug, lang)?.info.title ?? site.name}
      />
    );
  return <GroupListPage kind="author" slug={slug} language={lang} />;
}
