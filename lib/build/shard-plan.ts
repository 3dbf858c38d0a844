// What one shard's Next build renders (lib/build/shards.ts says which pages are the shard's). Next's
// export renders every route without parameters whatever the table says, and refuses a route with
// parameters but no page: so a shard also renders the first page of each route it has no page of, and
// the finish step removes those borrowed pages again (`elsewhere`), leaving the shard's folder with its
// own pages and the files beside them (feeds, sitemaps, public/), which every shard writes alike.
import { shareImagePath } from '../metadata/share-image';
import type { PageTable } from '../site/pages';
import type { RenderTable } from '../site/render-table';
import type { PageRow } from '../site/views';
import { inShard, type Shard } from './shards';

/** Which of `table`'s pages are the shard's, by path, each page hashed once. */
export function shardPaths(table: PageTable, shard: Shard): Set<string> {
  return new Set(table.filter((row) => inShard(row, shard)).map(({ path }) => path));
}

/**
 * The pages a shard's Next build skips: every page but its own that it does not reuse (`reused`), less
 * the first page of each route that would then render nothing.
 */
export function shardSkips(table: PageTable, own: ReadonlySet<string>, reused: ReadonlySet<string>): Set<string> {
  const renders = (row: PageRow) => own.has(row.path) && !reused.has(row.path);
  const routes = new Set(table.filter(renders).map(({ route }) => route));
  const skipped = new Set<string>();
  for (const row of table) {
    if (renders(row)) continue;
    if (routes.has(row.route)) skipped.add(row.path);
    else routes.add(row.route);
  }
  return skipped;
}

/**
 * The files Next writes for a shard that are other shards' (below out/): the pages of other shards it
 * renders to keep a route from being empty, and a share card `render` draws for an article of another
 * shard (the newest card, drawn when the shard has none).
 */
export function elsewhereFiles(table: PageTable, own: ReadonlySet<string>, render: RenderTable): string[] {
  const rendering = new Set(render.rows.map(({ path }) => path));
  const drawn = new Set(render.cards.map((article) => shareImagePath(article).slice(1)));
  return table
    .filter(({ path }) => !own.has(path))
    .flatMap(({ path, files }) => (rendering.has(path) ? files : files.filter((file) => drawn.has(file))));
}
