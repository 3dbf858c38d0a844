// The date archive: each edition's articles month by month, by their day in the newsroom's time zone.
import type { Article } from '../content/article';
import { getArticles } from '../articles';
import { newestFirst } from '../content/dates';

/** One month of one edition: every article published in it, newest first. `month` is 1 to 12. */
export type ArchiveMonth = Readonly<{ year: number; month: number; language: string; articles: readonly Article[] }>;

/** One year of an edition's archive: its months, newest first. */
export type ArchiveYear = Readonly<{ year: number; months: readonly ArchiveMonth[] }>;

/**
 * Groups articles by language and by the month of their `published` day, which is the day in the
 * newsroom's time zone (site.yml; the articles are read so: `2018-10-31T21:30Z` in Minsk is
 * `2018-11-01T00:30+03:00`, November). Sorted by language, then newest month first; each month's
 * articles newest first.
 */
export function groupByMonth(articles: readonly Article[]): ArchiveMonth[] {
  const months = new Map<string, { year: number; month: number; language: string; articles: Article[] }>();
  for (const article of [...articles].sort(newestFirst)) {
    const year = Number(article.published.slice(0, 4));
    const month = Number(article.published.slice(5, 7));
    const key = `${article.language}/${article.published.slice(0, 7)}`;
    const found = months.get(key) ?? { year, month, language: article.language, articles: [] };
    found.articles.push(article);
    months.set(key, found);
  }
  return [...months.keys()]
    .sort((a, b) => {
      const [languageA, monthA] = a.split('/') as [string, string];
      const [languageB, monthB] = b.split('/') as [string, string];
      return languageA !== languageB ? (languageA < languageB ? -1 : 1) : monthA < monthB ? 1 : -1;
    })
    .map((key) => months.get(key) as ArchiveMonth);
}

/** One edition's months (as groupByMonth gives them, newest first) gathered into years, newest first. */
export function toYears(months: readonly ArchiveMonth[]): ArchiveYear[] {
  const years: { year: number; months: ArchiveMonth[] }[] = [];
  for (const month of months) {
    const last = years.at(-1);
    if (last?.year === month.year) last.months.push(month);
    else years.push({ year: month.year, months: [month] });
  }
  return years;
}

/**
 * The months either side of `month` in its edition's archive (which months have articles, newest
 * first): `earlier` the one before it in time, `later` the one after; undefined at either end.
 */
export function neighbours(
  months: readonly ArchiveMonth[],
  month: ArchiveMonth,
): { earlier: ArchiveMonth | undefined; later: ArchiveMonth | undefined } {
  const at = months.indexOf(month);
  return { earlier: at === -1 ? undefined : months[at + 1], later: at <= 0 ? undefined : months[at - 1] };
}

/** A month as the language names it, with its year: "October 2018", "кастрычнік 2018", "октябрь 2018 г.". */
export function formatMonth(year: number, month: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

const grouped = new WeakMap<readonly Article[], Map<string, ArchiveMonth[]>>();

/** The months of the `language` edition that have articles, newest first; grouped once per build. */
export function getArchiveMonths(language: string): readonly ArchiveMonth[] {
  const articles = getArticles();
  let byLanguage = grouped.get(articles);
  if (!byLanguage) {
    byLanguage = new Map();
    for (const month of groupByMonth(articles))
      byLanguage.set(month.language, [...(byLanguage.get(month.language) ?? []), month]);
    grouped.set(articles, byLanguage);
  }
  return byLanguage.get(language) ?? [];
}

/** The month `year`/`month` of the `language` edition, or undefined when it has no articles then. */
export function getArchiveMonth(year: number, month: number, language: string): ArchiveMonth | undefined {
  return getArchiveMonths(language).find((found) => found.year === year && found.month === month);
}
