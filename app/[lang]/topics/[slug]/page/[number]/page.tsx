import type { Metadata } from 'next';
import { groupRoutePagesToRender, pageNumberOf } from '@/lib/lists/group-routes';
import { GroupListPage } from '@/components/GroupListPage';
import { editionGroupListMetadata } from '@/lib/lists/list-pages';

type Props = { params: Promise<{ lang: string; slug: string; number: string }> };

export const dynamicParams = false;

/** A topic's older articles in another edition, /be/topics/<id>/page/2/ (none under /en/: lib/lists/list-pages.ts). */
export function generateStaticParams(): { lang: string; slug: string; number: string }[] {
  return groupRoutePagesToRender({ kind: 'topic', prefixed: true, numbered: true }).map((page) => ({
    lang: page.language,
    slug: page.slug,
    number: pageNumberOf(page),
  }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug, number } = await params;
  return editionGroupListMetadata('topic', slug, lang, number);
}

export default async function EditionTopicOlderArticlesPage({ params }: Props) {
  const { lang, slug, number } = await params;
  return <GroupListPage kind="topic" slug={slug} language={lang} segment={number} prefixed />;
}
