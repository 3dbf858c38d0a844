// The page table as Next's routes read it. In a build the check step builds the table once and writes
// what Next needs of it, the render table (lib/site/render-table.ts), to a snapshot (PAGE_TABLE, set by
// scripts/build.mjs): the rows of the pages this build renders, and the files beside them written out.
// Each of Next's workers reads that instead of the archive. Under `next dev` the table is built in-process
// and every page is rendered.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { buildPageTable } from './pages';
import { type RenderTable, toRenderTable } from './render-table';
import { fillRoute } from './route-paths';
import type { PageRow, RoutePattern } from './views';

type Indexed = Readonly<{
  table: RenderTable;
  byPath: ReadonlyMap<string, PageRow>;
  byRoute: ReadonlyMap<string, PageRow[]>;
}>;

let indexedTable: Indexed | undefined;

/** Where this build keeps its render table: `PAGE_TABLE`, set by scripts/build.mjs for one build only. */
export function pageTableFile(): string | undefined {
  return process.env.PAGE_TABLE || undefined;
}

/** Writes `table` to `file` in V8's format, which keeps `undefined` fields as they were. */
export function writeRenderTable(file: string, table: RenderTable): void {
  writeFileSync(file, serialize(table));
}

function indexed(): Indexed {
  if (!indexedTable) {
    const file = pageTableFile();
    // The build's own file, written moments before by the same code (scripts/check.ts).
    const table =
      file && existsSync(file)
        ? (deserialize(readFileSync(file)) as RenderTable)
        : toRenderTable(buildPageTable(), new Set());
    const byRoute = new Map<string, PageRow[]>();
    for (const row of table.rows) byRoute.set(row.route, [...(byRoute.get(row.route) ?? []), row]);
    indexedTable = { table, byPath: new Map(table.rows.map((row) => [row.path, row])), byRoute };
  }
  return indexedTable;
}

/** What this build's routes read: the pages to render, the editions, the cards, the sitemap, the feeds. */
export function renderTable(): RenderTable {
  return indexed().table;
}

/** The page a route renders for `params`, or undefined when the route renders no such page in this build. */
export function findRow(route: RoutePattern, params: Readonly<Record<string, string>>): PageRow | undefined {
  const row = indexed().byPath.get(fillRoute(route, params));
  return row?.route === route ? row : undefined;
}

/**
 * The pages of `route` that Next renders in this build: all of them, less those the build takes
 * unchanged from the published site, whose plan leaves at least one page to every route (lib/build/page-reuse.ts).
 */
export function rowsToRender(route: RoutePattern): PageRow[] {
  return indexed().byRoute.get(route) ?? [];
}

/** The parameters of each page of `route` this build renders, for its generateStaticParams. */
export function paramsToRender(route: RoutePattern): Record<string, string>[] {
  return rowsToRender(route).map(({ params }) => ({ ...params }));
}
