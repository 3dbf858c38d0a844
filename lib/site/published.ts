// What the files beside the pages (feeds, sitemaps, share cards) read from the page table.
import type { Article } from '../content/article';
import { getPageTable, rowsToRender } from './page-table';
import type { ArticlePageView, PageRow } from './views';

const isArticle = (row: PageRow): row is PageRow<ArticlePageView> => row.view.kind === 'article';

/** Every article this build publishes, newest first, as its permalink page shows it. */
export function publishedArticles(): Article[] {
  return getPageTable()
    .filter(isArticle)
    .map(({ view }) => view.article);
}

/** The editions this build publishes, the default one first: every page's masthead names them. */
export function siteEditions(): string[] {
  const [first] = getPageTable();
  return first ? first.view.chrome.editions.map(({ language }) => language) : [];
}

/**
 * The articles whose share card (a headline card, for an article without a photo) this build draws:
 * those whose pages it renders. Next's export refuses a route without pages: when no card is left to
 * draw, the newest card is drawn again (to the same bytes), and when no article lacks a photo, the
 * newest article gets one.
 */
export function articlesToDrawCardsFor(): Article[] {
  const rendered = new Set(rowsToRender('/news/[slug]/').map(({ path }) => path));
  const rows = getPageTable().filter(isArticle);
  const withCard = rows.filter(({ files }) => files.length > 1);
  const toDraw = withCard.filter(({ path }) => rendered.has(path));
  const drawn = toDraw.length > 0 ? toDraw : withCard.length > 0 ? withCard.slice(0, 1) : rows.slice(0, 1);
  return drawn.map(({ view }) => view.article);
}
