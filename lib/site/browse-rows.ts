// The pages for finding articles without a list's order: each edition's topic and author indexes, its
// date archive and month pages, its search page, and the one page for addresses the site does not have.
import { getArticles, getEditionLanguages, toSummary } from '../articles';
import { messagesFor } from '../i18n/messages';
import {
  archiveMetadata,
  archiveMonthMetadata,
  groupIndex,
  groupIndexMetadata,
  monthName,
} from '../lists/browse-pages';
import { type ArchiveMonth, getArchiveMonths, neighbours, toYears } from '../lists/date-archive';
import { pagePreview } from '../metadata/page-preview';
import { searchMetadata } from '../metadata/search-metadata';
import { latestChange } from '../metadata/sitemaps';
import { site } from '../site-config';
import { absoluteUrl, archiveMonthPath, archivePath, authorsIndexPath, topicsIndexPath } from '../urls';
import { editionRow } from './edition-route';
import type { Chrome, MonthLink, PageRow } from './views';

/** The root route of each browsing page. */
export const BROWSE_ROUTES = {
  topics: '/topics/',
  authors: '/authors/',
  archive: '/archive/',
  month: '/archive/[year]/[month]/',
  search: '/search/',
} as const;

const monthLink = (month: ArchiveMonth): MonthLink => ({
  href: archiveMonthPath(month.year, month.month, month.language),
  name: monthName(month),
  count: month.articles.length,
});

/** The editions, in the order the sitemap lists each browsing page's versions. */
const sortedEditions = () => [...getEditionLanguages()].sort();

/** An edition's index of its topics and of its authors, and its date archive. */
export function indexRows(language: string, chrome: Chrome): PageRow[] {
  const lastModified = latestChange(getArticles().filter((article) => article.language === language));
  const versions = (path: (edition: string) => string) =>
    sortedEditions().map((edition) => ({ language: edition, url: absoluteUrl(path(edition)) }));
  const index = (kind: 'topic' | 'author', path: (edition: string) => string) =>
    editionRow(
      language,
      kind === 'topic' ? BROWSE_ROUTES.topics : BROWSE_ROUTES.authors,
      {},
      { kind: 'index', chrome, metadata: groupIndexMetadata(kind, language), ...groupIndex(kind, language) },
      { lastModified, alternates: versions(path) },
    );
  return [
    index('topic', topicsIndexPath),
    index('author', authorsIndexPath),
    editionRow(
      language,
      BROWSE_ROUTES.archive,
      {},
      {
        kind: 'archive',
        chrome,
        metadata: archiveMetadata(language),
        years: toYears(getArchiveMonths(language)).map(({ year, months }) => ({ year, months: months.map(monthLink) })),
      },
      { lastModified, alternates: versions(archivePath) },
    ),
  ];
}

/** The URL segments of a month: `2018` and `10` or `03`. */
export const monthParams = ({ year, month }: Pick<ArchiveMonth, 'year' | 'month'>) => ({
  year: String(year),
  month: String(month).padStart(2, '0'),
});

/** Each month of an edition's archive that has articles. */
export function monthRows(language: string, chrome: Chrome): PageRow[] {
  const months = getArchiveMonths(language);
  const t = messagesFor(language);
  return months.map((month) => {
    const { earlier, later } = neighbours(months, month);
    const versions = getEditionLanguages()
      .filter((edition) => getArchiveMonths(edition).some((m) => m.year === month.year && m.month === month.month))
      .sort()
      .map((edition) => ({ language: edition, url: absoluteUrl(archiveMonthPath(month.year, month.month, edition)) }));
    return editionRow(
      language,
      BROWSE_ROUTES.month,
      monthParams(month),
      {
        kind: 'month',
        chrome,
        metadata: archiveMonthMetadata(month),
        title: t.text('archive.monthTitle', { month: monthName(month) }),
        items: month.articles.map(toSummary),
        ...(later ? { later: monthLink(later) } : {}),
        ...(earlier ? { earlier: monthLink(earlier) } : {}),
        allMonths: archivePath(language),
      },
      { lastModified: latestChange(month.articles), alternates: versions },
    );
  });
}

/** An edition's search page. */
export function searchRow(language: string, chrome: Chrome): PageRow {
  return editionRow(language, BROWSE_ROUTES.search, {}, { kind: 'search', chrome, metadata: searchMetadata(language) });
}

/** The page every unknown address gets (out/404.html), in every edition's words. */
export function notFoundRow(chrome: Chrome): PageRow {
  const t = messagesFor(site.defaultLanguage);
  const title = t.text('notFound.title');
  const description = t.text('notFound.text');
  return {
    path: '/404.html',
    language: site.defaultLanguage,
    route: '/404.html',
    params: {},
    files: ['404.html'],
    view: {
      kind: 'not-found',
      chrome,
      // The address that was not found is unknown here: the preview names the front page instead.
      metadata: {
        title,
        description,
        ...pagePreview({ title, description, path: '/', language: site.defaultLanguage }),
      },
      languages: getEditionLanguages(),
    },
  };
}
