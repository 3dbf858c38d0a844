import type { Metadata } from 'next';
import { DefaultEditionRedirect } from '@/components/DefaultEditionRedirect';
import { GroupListPage } from '@/components/GroupListPage';
import {
  defaultEditionRedirectMetadata,
  editionParams,
  findGroupList,
  groupLaterPageParams,
  groupListMetadata,
} from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';
import { topicPath, listPagePath } from '@/lib/urls';

type Props = { params: Promise<{ lang: string; slug: string; number: string }> };

export const dynamicParams = false;

/** A topic's older articles in another edition, /be/topics/<id>/page/2/. */
export function generateStaticParams(): { lang: string; slug: string; number: string }[] {
  return editionParams().flatMap(({ lang }) =>
    groupLaterPageParams('topic', lang).map((params) => ({ lang, ...params })),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug, number } = await params;
  if (lang === site.defaultLanguage)
    return defaultEditionRedirectMetadata(listPagePath(topicPath(slug, lang), Number(number)));
  return groupListMetadata('topic', slug, lang, number);
}

export default async function EditionTopicOlderArticlesPage({ params }: Props) {
  const { lang, slug, number } = await params;
  if (lang === site.defaultLanguage)
    return (
      <DefaultEditionRedirect
        to={listPagePath(topicPath(slug, lang), Number(number))}
        title={findGroupList('topic', slug, lang)?.info.title ?? site.name}
      />
    );
  return <GroupListPage kind="topic" slug={slug} language={lang} segment={number} />;
}
