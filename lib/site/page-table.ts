// The page table as Next's routes read it. In a build the check step builds the table once and writes
// it to a snapshot (PAGE_TABLE, set by scripts/build.mjs); each of Next's page workers reads that
// instead of loading and arranging the archive again. Under `next dev` the table is built in-process.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { readReusePlan, reusePlanFile } from '../build/reuse-plan';
import { buildPageTable, type PageTable } from './pages';
import { fillRoute } from './route-paths';
import type { PageRow, RoutePattern } from './views';

type Indexed = Readonly<{
  rows: PageTable;
  byPath: ReadonlyMap<string, PageRow>;
  byRoute: ReadonlyMap<string, PageRow[]>;
}>;

let table: Indexed | undefined;

/** Where this build keeps its table: `PAGE_TABLE`, set by scripts/build.mjs for one build only. */
export function pageTableFile(): string | undefined {
  return process.env.PAGE_TABLE || undefined;
}

/** Writes `rows` to `file` in V8's format, which keeps `undefined` fields as they were. */
export function writePageTable(file: string, rows: PageTable): void {
  writeFileSync(file, serialize(rows));
}

function indexed(): Indexed {
  if (!table) {
    const file = pageTableFile();
    // The build's own file, written moments before by the same code (scripts/check.ts).
    const rows = file && existsSync(file) ? (deserialize(readFileSync(file)) as PageTable) : buildPageTable();
    const byRoute = new Map<string, PageRow[]>();
    for (const row of rows) byRoute.set(row.route, [...(byRoute.get(row.route) ?? []), row]);
    table = { rows, byPath: new Map(rows.map((row) => [row.path, row])), byRoute };
  }
  return table;
}

/** Every page of this build, in the table's order. Throws a ContentError when any content file is invalid. */
export function getPageTable(): PageTable {
  return indexed().rows;
}

/** The page a route renders for `params`, or undefined when the route has no such page. */
export function findRow(route: RoutePattern, params: Readonly<Record<string, string>>): PageRow | undefined {
  const row = indexed().byPath.get(fillRoute(route, params));
  return row?.route === route ? row : undefined;
}

let reused: ReadonlySet<string> | undefined;

/**
 * The pages of `route` that Next renders in this build: all of them, less those the build takes
 * unchanged from the page cache, whose plan leaves at least one page to every route (lib/build/page-reuse.ts).
 */
export function rowsToRender(route: RoutePattern): PageRow[] {
  reused ??= new Set(readReusePlan(reusePlanFile())?.reused ?? []);
  return (indexed().byRoute.get(route) ?? []).filter(({ path }) => !reused?.has(path));
}

/** The parameters of each page of `route` this build renders, for its generateStaticParams. */
export function paramsToRender(route: RoutePattern): Record<string, string>[] {
  return rowsToRender(route).map(({ params }) => ({ ...params }));
}
