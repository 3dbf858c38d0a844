import type { Metadata } from 'next';
import { GroupListPage } from '@/components/GroupListPage';
import { editionGroupListMetadata, groupLaterPageParams, numberedPageParams } from '@/lib/lists/list-pages';

type Props = { params: Promise<{ lang: string; slug: string; number: string }> };

export const dynamicParams = false;

/** A topic's older articles in another edition, /be/topics/<id>/page/2/ (none under /en/: lib/lists/list-pages.ts). */
export function generateStaticParams(): { lang: string; slug: string; number: string }[] {
  return numberedPageParams((lang) => groupLaterPageParams('topic', lang));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug, number } = await params;
  return editionGroupListMetadata('topic', slug, lang, number);
}

export default async function EditionTopicOlderArticlesPage({ params }: Props) {
  const { lang, slug, number } = await params;
  return <GroupListPage kind="topic" slug={slug} language={lang} segment={number} prefixed />;
}
