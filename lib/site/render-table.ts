// What Next's workers need of a build, and no more: the rows of the pages it renders (a correction
// renders a few dozen of a 10,000-article site's 30,000), the editions, the articles whose share cards
// it draws, and the files beside the pages (feeds, sitemaps) written out already. The check step makes it
// from the whole table and the reuse plan; each worker then reads a few megabytes, not the whole archive.
import type { Article } from '../content/article';
import { getSiteFile, readPublishingRules } from '../articles';
import { site } from '../site-config';
import { absoluteUrl, correctionsFeedPath } from '../urls';
import { toAtom } from '../metadata/feeds/atom';
import { toCorrectionsFeed } from '../metadata/feeds/corrections-feed';
import { type Feed, feedPath, FEEDS, toFeed } from '../metadata/feeds/feed';
import { toJsonFeed } from '../metadata/feeds/json-feed';
import { toRss } from '../metadata/feeds/rss';
import { toNewsSitemap, toSitemap } from '../metadata/sitemaps';
import { sitemapFiles } from '../metadata/sitemap-files';
import type { PageTable } from './pages';
import type { ArticlePageView, LivePageView, PageRow } from './views';

/** A feed format's file name: `feed.xml`, `atom.xml`, `feed.json`. */
export type FeedFile = (typeof FEEDS)[number]['file'];

/** A file beside the pages, by its path on the site: `/feed.xml`, `/be/atom.xml`, `/news-sitemap.xml`… */
export type SiteFiles = Readonly<Record<string, string>>;

export type RenderTable = Readonly<{
  /** The pages Next renders in this build, in the table's order. */
  rows: readonly PageRow[];
  /** The editions the site publishes, the default one first. */
  editions: readonly string[];
  /** The articles whose headline cards this build draws (`/og/<id>.<hash>.png`). */
  cards: readonly Article[];
  /** Every feed, the sitemap (or its index and parts, lib/metadata/sitemap-files.ts) and the news sitemap, as the files they are. */
  files: SiteFiles;
}>;

const WRITERS: Readonly<Record<FeedFile, (feed: Feed, self: string) => string>> = {
  'feed.xml': toRss,
  'atom.xml': toAtom,
  'feed.json': toJsonFeed,
};

/** An article's permalink page: an article's, or a live story's first page. */
export const isPermalink = (row: PageRow): row is PageRow<ArticlePageView | LivePageView> =>
  row.view.kind === 'article' || (row.view.kind === 'live' && row.view.page.number === 1);

/** Every article `table` publishes, newest first, as its permalink page shows it. */
export function tableArticles(table: PageTable): Article[] {
  return table.filter(isPermalink).map(({ view }) => view.article);
}

/** The editions `table` publishes, the default one first: every page's masthead names them. */
export function tableEditions(table: PageTable): string[] {
  const [first] = table;
  return first ? first.view.chrome.editions.map(({ language }) => language) : [];
}

/**
 * Every feed of every edition in every format, each edition's corrections feed and the news sitemap,
 * by their paths on the site. The news sitemap lists the two days before `now` (BUILD_TIME).
 */
export function siteFiles(table: PageTable, now: Date): Record<string, string> {
  const articles = tableArticles(table);
  const { timeZone } = getSiteFile();
  const files: Record<string, string> = {};
  for (const language of tableEditions(table)) {
    const feed = toFeed(articles, language, timeZone);
    for (const { file } of FEEDS)
      files[feedPath(file, language)] = WRITERS[file](feed, absoluteUrl(feedPath(file, language)));
    const corrections = correctionsFeedPath(language);
    files[corrections] = toRss(toCorrectionsFeed(articles, language), absoluteUrl(corrections));
  }
  files['/news-sitemap.xml'] = toNewsSitemap(articles, now, site.name);
  return files;
}

/**
 * The articles whose headline card (an article without a lead photo has one) this build draws: those
 * whose pages it renders. Next's export refuses a route without pages: when no card is left to draw, the
 * newest card is drawn again (to the same bytes), and when no article lacks a photo, the newest article
 * gets one.
 */
export function cardsToDraw(table: PageTable, rendered: ReadonlySet<string>): Article[] {
  const rows = table.filter(isPermalink);
  const withCard = rows.filter(({ files }) => files.some((file) => file.startsWith('og/')));
  const toDraw = withCard.filter(({ path }) => rendered.has(path));
  const drawn = toDraw.length > 0 ? toDraw : withCard.length > 0 ? withCard.slice(0, 1) : rows.slice(0, 1);
  return drawn.map(({ view }) => view.article);
}

/**
 * What Next's workers read in a build that skips the pages `skipped`: those it takes from the published
 * site, and in a shard's build the other shards' (lib/build/shard-plan.ts).
 */
export function toRenderTable(table: PageTable, skipped: ReadonlySet<string>): RenderTable {
  const rows = table.filter(({ path }) => !skipped.has(path));
  return {
    rows,
    editions: tableEditions(table),
    cards: cardsToDraw(table, new Set(rows.map(({ path }) => path))),
    files: { ...siteFiles(table, readPublishingRules().now), ...sitemapFiles(toSitemap(table)) },
  };
}
