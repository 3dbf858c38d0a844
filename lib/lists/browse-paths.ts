// Every page for browsing the editions, as paths: what the sitemap lists and the link check knows.
import type { Article } from '../content/article';
import { groupByMonth } from './date-archive';
import type { Alternate } from '../metadata/language-alternates';
import { absoluteUrl, archiveMonthPath, archivePath, authorsIndexPath, topicsIndexPath } from '../urls';

/** A browsing page: its path, its edition, the articles it lists and the same page in every edition that has it. */
export type BrowsePage = Readonly<{
  path: string;
  language: string;
  articles: readonly Article[];
  versions: readonly Alternate[];
}>;

/**
 * The browsing pages a build of `articles` makes: each edition's topics' and authors' indexes and its
 * date archive (listing, in effect, all its articles), and each month's page of each edition. A month's
 * versions are the editions with articles that month.
 */
export function browsePages(articles: readonly Article[]): BrowsePage[] {
  const languages = [...new Set(articles.map(({ language }) => language))].sort();
  const versions = (path: (language: string) => string, among = languages) =>
    among.map((language) => ({ language, url: absoluteUrl(path(language)) }));
  const months = groupByMonth(articles);
  const editionsOf = new Map<string, string[]>();
  for (const { year, month, language } of months)
    editionsOf.set(`${year}-${month}`, [...(editionsOf.get(`${year}-${month}`) ?? []), language]);
  return [
    ...languages.flatMap((language) => {
      const own = articles.filter((article) => article.language === language);
      return [topicsIndexPath, authorsIndexPath, archivePath].map((path) => ({
        path: path(language),
        language,
        articles: own,
        versions: versions(path),
      }));
    }),
    ...months.map(({ year, month, language, articles: listed }) => ({
      path: archiveMonthPath(year, month, language),
      language,
      articles: listed,
      versions: versions((edition) => archiveMonthPath(year, month, edition), editionsOf.get(`${year}-${month}`)),
    })),
  ];
}
