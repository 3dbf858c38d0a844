import type { Metadata } from 'next';
import { DefaultEditionRedirect } from '@/components/DefaultEditionRedirect';
import { GroupIndexPage } from '@/components/GroupIndexPage';
import { groupIndex, groupIndexMetadata } from '@/lib/lists/browse-pages';
import { defaultEditionRedirectMetadata, editionParams } from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';
import { topicsIndexPath } from '@/lib/urls';

type Props = { params: Promise<{ lang: string }> };

export const dynamicParams = false;

/** Each other edition's index of every topic, /be/topics/ (/en/topics/ sends the reader to /topics/). */
export function generateStaticParams(): { lang: string }[] {
  return editionParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  if (lang === site.defaultLanguage)
    return defaultEditionRedirectMetadata(topicsIndexPath(lang), groupIndex('topic', lang).title);
  return groupIndexMetadata('topic', lang);
}

export default async function EditionTopicsIndexPage({ params }: Props) {
  const { lang } = await params;
  if (lang === site.defaultLanguage)
    return <DefaultEditionRedirect to={topicsIndexPath(lang)} title={groupIndex('topic', lang).title} />;
  return <GroupIndexPage kind="topic" language={lang} />;
}
