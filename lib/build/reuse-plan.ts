// The plan of one build (lib/build/page-reuse.ts), as the check step wrote it: read by Next's page
// workers, which skip the reused articles' pages, and by the finish step, which takes them from the cache.
import { existsSync, readFileSync } from 'node:fs';

/** What this build renders and what it reuses, written by the check step for Next's workers and the finish step. */
export type ReusePlan = Readonly<{
  /** the way keys are made (PAGE_CACHE_VERSION), recorded with the pages they were made for */
  version: number;
  siteKey: string;
  /** slug → this build's key and output files, for every published article */
  articles: Record<string, Readonly<{ key: string; files: readonly string[] }>>;
  /** the slugs whose pages come from the cache */
  reused: readonly string[];
  /** address → this build's key and file, for every page of the author, topic and older-articles lists */
  lists: Record<string, Readonly<{ key: string; files: readonly string[] }>>;
  /** the addresses of the list pages that come from the cache */
  reusedLists: readonly string[];
}>;

/** Where this build's plan is: `PAGE_REUSE_PLAN`, set by scripts/build.mjs for one build only. */
export function reusePlanFile(): string | undefined {
  return process.env.PAGE_REUSE_PLAN || undefined;
}

/** The plan in `file`, or undefined when there is none (`next dev`, `npm run check`, a test). */
export function readReusePlan(file: string | undefined): ReusePlan | undefined {
  if (!file || !existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as ReusePlan;
}

let reusedLists: ReadonlySet<string> | undefined;

/**
 * Of a list route's `pages`, those this build renders: all but the ones the page cache gives back, by
 * their address (`pathOf`). Next's export refuses a route without pages, so when every page is reused
 * the first is rendered anyway, and the finish step keeps the fresh copy (page-cache.mjs).
 */
export function listPagesToRender<T>(pages: readonly T[], pathOf: (page: T) => string): T[] {
  reusedLists ??= new Set(readReusePlan(reusePlanFile())?.reusedLists ?? []);
  const rendered = pages.filter((page) => !reusedLists?.has(pathOf(page)));
  return rendered.length > 0 ? rendered : pages.slice(0, 1);
}
