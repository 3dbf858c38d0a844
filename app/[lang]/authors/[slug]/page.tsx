import type { Metadata } from 'next';
import { groupRoutePagesToRender } from '@/lib/lists/group-routes';
import { GroupListPage } from '@/components/GroupListPage';
import { editionGroupListMetadata } from '@/lib/lists/list-pages';

type Props = { params: Promise<{ lang: string; slug: string }> };

export const dynamicParams = false;

/** Every author's page in each edition besides the default one, /be/authors/<id>/ (/en/… sends the reader to the root's). */
export function generateStaticParams(): { lang: string; slug: string }[] {
  return groupRoutePagesToRender({ kind: 'author', prefixed: true, numbered: false }).map(({ language, slug }) => ({
    lang: language,
    slug,
  }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  return editionGroupListMetadata('author', slug, lang);
}

export default async function EditionAuthorPage({ params }: Props) {
  const { lang, slug } = await params;
  return <GroupListPage kind="author" slug={slug} language={lang} prefixed />;
}
