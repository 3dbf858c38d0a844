// The page table: every page the site publishes, computed once per build from the published articles,
// each with the view its component draws. Routes, sitemaps, the link check, the feeds, the share cards,
// the finish step and the page cache all read this one table (README, Code layout).
import { getArticles, getEditionLanguages, getSiteFile, readPublishingRules } from '../articles';
import { messagesFor } from '../i18n/messages';
import { getAuthors, getTopics } from '../lists/archive';
import { groupIndex, monthName } from '../lists/browse-pages';
import { getArchiveMonths } from '../lists/date-archive';
import { authorList, topicList } from '../lists/list-pages';
import { site } from '../site-config';
import { archiveMonthPath, archivePath, searchPath, topicsIndexPath, authorsIndexPath } from '../urls';
import { ABOUT_ROUTE, aboutRows } from './about-rows';
import { CORRECTIONS_ROUTES, correctionsList, correctionsRows } from './corrections-rows';
import { ageRule, articleRow, movedRows } from './article-rows';
import { BROWSE_ROUTES, indexRows, monthParams, monthRows, notFoundRow, searchRow } from './browse-rows';
import { toChrome } from './chrome';
import { defaultEditionRedirectRow } from './edition-route';
import { allGroupRows, homeRows, LIST_ROUTES } from './list-rows';
import { liveRouteFallback, liveRows } from './live-rows';
import type { Chrome, PageRow } from './views';

/** Every page of the site, in the order the sitemap lists the indexable ones. */
export type PageTable = readonly PageRow[];

/**
 * Builds the table of every page from the published articles (lib/articles.ts): each edition's front
 * page and older articles, each article's permalink, old slugs and short link, each author's and
 * topic's list pages, each edition's indexes, archive, months and search page, the `/<default>/…` pages
 * that send the reader to the root, and the not-found page. A live story's permalink is the first of
 * its pages (lib/site/live-rows.ts).
 */
export function buildPageTable(): PageTable {
  const editions = getEditionLanguages();
  const chromes = new Map(editions.map((language) => [language, toChrome(language)]));
  const chromeOf = (language: string): Chrome => {
    const found = chromes.get(language) ?? toChrome(language);
    chromes.set(language, found);
    return found;
  };
  const sorted = [...editions].sort();
  // One moment for every page of the build: the dated warnings count to the day of BUILD_TIME.
  const { timeZone, ageWarningYears } = getSiteFile();
  const age = ageRule(readPublishingRules().now, timeZone, ageWarningYears);
  const rows: PageRow[] = [
    ...editions.flatMap((language) => homeRows(language, chromeOf(language))),
    ...getArticles().flatMap((article) => [
      ...(article.live
        ? liveRows(article, chromeOf(article.language))
        : [articleRow(article, chromeOf(article.language), age)]),
      ...movedRows(article, chromeOf(article.language)),
    ]),
    ...allGroupRows('author', chromeOf),
    ...allGroupRows('topic', chromeOf),
    ...sorted.flatMap((language) => indexRows(language, chromeOf(language))),
    ...sorted.flatMap((language) => monthRows(language, chromeOf(language))),
    ...sorted.flatMap((language) => aboutRows(language, chromeOf(language))),
    ...editions.flatMap((language) => correctionsRows(language, chromeOf(language))),
    ...editions.map((language) => searchRow(language, chromeOf(language))),
    ...defaultEditionRedirects(chromeOf(site.defaultLanguage)),
  ];
  const [newest] = getArticles();
  return [
    ...rows,
    ...numberedFallbacks(rows, chromeOf(site.defaultLanguage)),
    ...liveRouteFallback(rows, newest, chromeOf(newest?.language ?? site.defaultLanguage)),
    notFoundRow(chromeOf(site.defaultLanguage)),
  ];
}

/**
 * The `[lang]` twins of the default edition's pages under `/<default>/`: its front page, indexes,
 * archive, months, search page, the newsroom's pages and each author's and topic's first page, each
 * sending the reader to the root's. A reader may well type /en/; its numbered pages are not repeated (nobody links to them).
 */
function defaultEditionRedirects(chrome: Chrome): PageRow[] {
  const language = site.defaultLanguage;
  const t = messagesFor(language);
  const own = (group: { language: string }) => group.language === language;
  return [
    defaultEditionRedirectRow(LIST_ROUTES.home.first, {}, '/', site.name, chrome),
    defaultEditionRedirectRow(
      BROWSE_ROUTES.topics,
      {},
      topicsIndexPath(language),
      groupIndex('topic', language).title,
      chrome,
    ),
    defaultEditionRedirectRow(
      BROWSE_ROUTES.authors,
      {},
      authorsIndexPath(language),
      groupIndex('author', language).title,
      chrome,
    ),
    defaultEditionRedirectRow(BROWSE_ROUTES.archive, {}, archivePath(language), t.text('archive.title'), chrome),
    ...getArchiveMonths(language).map((month) =>
      defaultEditionRedirectRow(
        BROWSE_ROUTES.month,
        monthParams(month),
        archiveMonthPath(month.year, month.month, language),
        messagesFor(language).text('archive.monthTitle', { month: monthName(month) }),
        chrome,
      ),
    ),
    defaultEditionRedirectRow(BROWSE_ROUTES.search, {}, searchPath(language), site.name, chrome),
    defaultEditionRedirectRow(
      CORRECTIONS_ROUTES.first,
      {},
      correctionsList(language).firstPage,
      correctionsList(language).title,
      chrome,
    ),
    ...aboutRows(language, chrome).map(({ params, path, view }) =>
      defaultEditionRedirectRow(ABOUT_ROUTE, params, path, view.kind === 'about' ? view.title : site.name, chrome),
    ),
    ...getAuthors()
      .filter(own)
      .map((group) => {
        const info = authorList(group);
        return defaultEditionRedirectRow(
          LIST_ROUTES.author.first,
          { slug: group.slug },
          info.firstPage,
          info.title,
          chrome,
        );
      }),
    ...getTopics()
      .filter(own)
      .map((group) => {
        const info = topicList(group);
        return defaultEditionRedirectRow(
          LIST_ROUTES.topic.first,
          { slug: group.slug },
          info.firstPage,
          info.title,
          chrome,
        );
      }),
  ];
}

/**
 * Next's export refuses a route without pages: a site with one edition has no `/<other>/page/2/`, so
 * each numbered `[lang]` route keeps the default edition's first list page under its prefix (a
 * redirect, as the prefix's pages are).
 */
function numberedFallbacks(rows: readonly PageRow[], chrome: Chrome): PageRow[] {
  const language = site.defaultLanguage;
  const has = (route: string) => rows.some((row) => row.route === `/[lang]${route}`);
  const fallbacks: PageRow[] = [];
  if (!has(LIST_ROUTES.home.numbered))
    fallbacks.push(defaultEditionRedirectRow(LIST_ROUTES.home.numbered, { number: '1' }, '/', site.name, chrome));
  if (!has(CORRECTIONS_ROUTES.numbered)) {
    const info = correctionsList(language);
    fallbacks.push(
      defaultEditionRedirectRow(CORRECTIONS_ROUTES.numbered, { number: '1' }, info.firstPage, info.title, chrome),
    );
  }
  for (const [kind, all, describe] of [
    ['author', getAuthors, authorList],
    ['topic', getTopics, topicList],
  ] as const) {
    const first = all().find((group) => group.language === language);
    if (!first || has(LIST_ROUTES[kind].numbered)) continue;
    const info = describe(first);
    fallbacks.push(
      defaultEditionRedirectRow(
        LIST_ROUTES[kind].numbered,
        { slug: first.slug, number: '1' },
        info.firstPage,
        info.title,
        chrome,
      ),
    );
  }
  return fallbacks;
}
