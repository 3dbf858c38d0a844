import type { Metadata } from 'next';
import { DefaultEditionRedirect } from '@/components/DefaultEditionRedirect';
import { GroupIndexPage } from '@/components/GroupIndexPage';
import { groupIndex, groupIndexMetadata } from '@/lib/lists/browse-pages';
import { defaultEditionRedirectMetadata, editionParams } from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';
import { authorsIndexPath } from '@/lib/urls';

type Props = { params: Promise<{ lang: string }> };

export const dynamicParams = false;

/** Each other edition's index of every author, /be/authors/ (/en/authors/ sends the reader to /authors/). */
export function generateStaticParams(): { lang: string }[] {
  return editionParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  if (lang === site.defaultLanguage)
    return defaultEditionRedirectMetadata(authorsIndexPath(lang), groupIndex('author', lang).title);
  return groupIndexMetadata('author', lang);
}

export default async function EditionAuthorsIndexPage({ params }: Props) {
  const { lang } = await params;
  if (lang === site.defaultLanguage)
    return <DefaultEditionRedirect to={authorsIndexPath(lang)} title={groupIndex('author', lang).title} />;
  return <GroupIndexPage kind="author" language={lang} />;
}
