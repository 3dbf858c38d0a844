// The plan of one build (lib/build/page-reuse.ts), as the check step wrote it: read by Next's page
// workers, which skip the reused pages, and by the finish step, which takes them from the cache.
import { existsSync, readFileSync } from 'node:fs';
import type { PageKind } from '../site/views';

/**
 * One page of this build: its kind, the route that renders it, the key of what it shows, its files below
 * out/, whether the sitemap lists it, whether search indexes it, and the origins of the players its
 * embed cards may frame (its security policy's `frame-src`).
 */
export type PlannedPage = Readonly<{
  kind: PageKind;
  route: string;
  key: string;
  files: readonly string[];
  indexable: boolean;
  searchable: boolean;
  frameSources: readonly string[];
}>;

/** What this build renders and what it reuses, written by the check step for Next's workers and the finish step. */
export type ReusePlan = Readonly<{
  /** the way keys are made (PAGE_CACHE_VERSION), recorded with the pages they were made for */
  version: number;
  siteKey: string;
  /** every page of the page table, by path */
  pages: Record<string, PlannedPage>;
  /** the paths of the pages that come from the published site */
  reused: readonly string[];
  /** a hash of everything the site's files are made from: the site key, every page's key, what is due by the build's time */
  outputsKey: string;
  /** nothing to make: the published site is what this build would make, file for file */
  unchanged: boolean;
  /** in a shard's build (lib/build/shards.ts), which one: `3/8`; `pages` are then the shard's own */
  shard?: string;
  /** files below out/ Next writes for this build that are other shards' pages, removed by the finish step */
  elsewhere: readonly string[];
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
