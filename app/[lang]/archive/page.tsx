import type { Metadata } from 'next';
import { ArchiveIndexPage } from '@/components/ArchiveIndexPage';
import { DefaultEditionRedirect } from '@/components/DefaultEditionRedirect';
import { messagesFor } from '@/lib/i18n/messages';
import { archiveMetadata } from '@/lib/lists/browse-pages';
import { defaultEditionRedirectMetadata, editionParams } from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';
import { archivePath } from '@/lib/urls';

type Props = { params: Promise<{ lang: string }> };

export const dynamicParams = false;

/** Each other edition's date archive, /be/archive/ (/en/archive/ sends the reader to /archive/). */
export function generateStaticParams(): { lang: string }[] {
  return editionParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  if (lang === site.defaultLanguage)
    return defaultEditionRedirectMetadata(archivePath(lang), messagesFor(lang).text('archive.title'));
  return archiveMetadata(lang);
}

export default async function EditionArchivePage({ params }: Props) {
  const { lang } = await params;
  if (lang === site.defaultLanguage)
    return <DefaultEditionRedirect to={archivePath(lang)} title={messagesFor(lang).text('archive.title')} />;
  return <ArchiveIndexPage language={lang} />;
}
