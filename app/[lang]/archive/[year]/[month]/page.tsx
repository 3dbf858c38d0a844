import type { Metadata } from 'next';
import { ArchiveMonthPage } from '@/components/ArchiveMonthPage';
import { DefaultEditionRedirect } from '@/components/DefaultEditionRedirect';
import { messagesFor } from '@/lib/i18n/messages';
import { archiveMonthMetadata, archiveMonthParams, findArchiveMonth, monthName } from '@/lib/lists/browse-pages';
import { defaultEditionRedirectMetadata, editionParams } from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';
import { archiveMonthPath } from '@/lib/urls';

type Props = { params: Promise<{ lang: string; year: string; month: string }> };

export const dynamicParams = false;

/** Every month of each other edition that has articles, /be/archive/2018/10/ (/en/archive/… sends the reader to /archive/…). */
export function generateStaticParams(): { lang: string; year: string; month: string }[] {
  return editionParams().flatMap(({ lang }) => archiveMonthParams(lang).map((month) => ({ lang, ...month })));
}

/** Where `/<default>/archive/<year>/<month>/` sends the reader, and the month's title there. */
function redirect(year: string, month: string, lang: string) {
  const found = findArchiveMonth(year, month, lang);
  const title = found ? messagesFor(lang).text('archive.monthTitle', { month: monthName(found) }) : site.name;
  return { to: archiveMonthPath(Number(year), Number(month), lang), title };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, year, month } = await params;
  if (lang === site.defaultLanguage) {
    const { to, title } = redirect(year, month, lang);
    return defaultEditionRedirectMetadata(to, title);
  }
  return archiveMonthMetadata(year, month, lang);
}

export default async function EditionArchiveMonth({ params }: Props) {
  const { lang, year, month } = await params;
  if (lang === site.defaultLanguage) return <DefaultEditionRedirect {...redirect(year, month, lang)} />;
  return <ArchiveMonthPage year={year} month={month} language={lang} />;
}
