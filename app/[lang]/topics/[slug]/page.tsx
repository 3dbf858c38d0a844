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
import { topicPath } from '@/lib/urls';

type Props = { params: Promise<{ lang: string; slug: string }> };

export const dynamicParams = false;

/** Every topic's page in each edition besides the default one, /be/topics/<id>/ (/en/… sends the reader to the root's). */
export function generateStaticParams(): { lang: string; slug: string }[] {
  return editionParams().flatMap(({ lang }) => groupFirstPageParams('topic', lang).map(({ slug }) => ({ lang, slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  if (lang === site.defaultLanguage) return defaultEditionRedirectMetadata(topicPath(slug, lang));
  return groupListMetadata('topic', slug, lang);
}

export default async function EditionTopicPage({ params }: Props) {
  const { lang, slug } = await params;
  if (lang === site.defaultLanguage)
    return (
      <DefaultEditionRedirect
        to={topicPath(slug, lang)}
        title={findGroupList('topic', slug, lang)?.info.title ?? site.name}
      />
    );
  return <GroupListPage kind="topic" slug={slug} language={lang} />;
}
