// What the files beside the pages (feeds, sitemaps, share cards) read from this build's render table.
import type { Article } from '../content/article';
import { renderTable } from './page-table';

/** The editions this build publishes, the default one first: every page's masthead names them. */
export function siteEditions(): string[] {
  return [...renderTable().editions];
}

/** The articles whose headline card this build draws (lib/site/render-table.ts, cardsToDraw). */
export function articlesToDrawCardsFor(): Article[] {
  return [...renderTable().cards];
}

/** A file beside the pages as this build writes it, by its path on the site (`/be/feed.xml`). */
export function siteFile(sitePath: string): string {
  const body = renderTable().files[sitePath];
  if (body === undefined) throw new Error(`${sitePath}: the render table has no such file (lib/site/render-table.ts)`);
  return body;
}
