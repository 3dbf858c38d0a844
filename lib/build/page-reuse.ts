// Which pages a build can take from the site it replaces instead of rendering them again. Every page of the
// page table (lib/site/pages.ts) holds in its view everything it shows, so its key is a hash of its row:
// a page whose key is what it was when it was rendered shows the same thing. The code that draws the
// pages and the settings go into one site key, and a change there renders everything again. A page is
// reused only when both keys are what they were when it was rendered and its files are still published.
import { createHash } from 'node:crypto';
import type { PageRow } from '../site/views';
import type { PlannedPage, ReusePlan } from './reuse-plan';

/** Version of the cache's layout and of the way keys are made: a new one discards every cached page. */
export const PAGE_CACHE_VERSION = 3;

/** What the finish step learnt about a page it made framework-free, kept so a reused page counts too. */
export type PageFacts = Readonly<{ styleHashes: readonly string[]; scriptHashes: readonly string[] }>;

/** One page of a published site: as the plan had it (its key, files…), and the facts of each of its files. */
export type PublishedPage = PlannedPage & Readonly<{ facts: Record<string, PageFacts> }>;

/**
 * `.site-build/<folder>.pages.json`: what the site published in a folder was made of, so the next build
 * knows which of its pages it can take as they are (scripts/build-steps/published-site.mjs).
 */
export type SiteManifest = Readonly<{
  version: number;
  siteKey: string;
  outputsKey: string;
  /** by the page's path */
  pages: Record<string, PublishedPage>;
}>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The key of one page: its route, parameters, files and view, which is everything it shows. */
export function pageKey(row: Pick<PageRow, 'route' | 'params' | 'files' | 'view'>): string {
  return sha256(JSON.stringify([row.route, row.params, row.files, row.view]));
}

/** The key of what every page shares and no view holds: the code that renders them (file hashes) and the settings. */
export function siteKey(parts: Readonly<Record<string, unknown>>): string {
  return sha256(JSON.stringify({ version: PAGE_CACHE_VERSION, ...parts }));
}

/**
 * The key of every file a build makes: the site key, every page's path and key, and `timely`, what the
 * files beside the pages show that depends on the build's moment (the news sitemap's last two days,
 * security.txt's expiry).
 * When it is the published site's, the build has nothing to make.
 */
export function outputsKey(site: string, pages: Readonly<Record<string, PlannedPage>>, timely: string): string {
  return sha256(JSON.stringify([site, Object.entries(pages).map(([path, { key }]) => [path, key]), timely]));
}

/** Each page of `table` with its key and files, by path. */
export function plannedPages(table: readonly PageRow[]): Record<string, PlannedPage> {
  return Object.fromEntries(
    table.map((row) => [
      row.path,
      {
        kind: row.view.kind,
        route: row.route,
        key: pageKey(row),
        files: row.files,
        indexable: row.sitemap !== undefined,
        // A live story is found by its first page; its later pages are the same story.
        searchable: row.view.kind === 'article' || (row.view.kind === 'live' && row.view.page.number === 1),
        // A live story's pages may show any of its updates' embeds (an update moves to later pages).
        frameSources: row.view.kind === 'article' || row.view.kind === 'live' ? row.view.article.frameSources : [],
      },
    ]),
  );
}

/**
 * Which pages this build reuses: those whose key and the site key are what `previous` (the published
 * site's manifest) recorded, and whose files all `isCached` (are still in the published folder). A route without parameters (`/`, `/topics/`) is always rendered, and so
 * is the first page of every other route whose pages would all be reused: Next's export refuses a route
 * without pages.
 */
export function planReuse(
  current: Pick<ReusePlan, 'siteKey' | 'pages' | 'outputsKey'> & Partial<Pick<ReusePlan, 'shard'>>,
  previous: SiteManifest | undefined,
  isCached: (file: string) => boolean,
): ReusePlan {
  const usable = previous?.version === PAGE_CACHE_VERSION && previous.siteKey === current.siteKey;
  const reusable = new Set(
    usable
      ? Object.entries(current.pages)
          .filter(([path, { route, key, files }]) => {
            const cached = previous.pages[path];
            return (
              route.includes('[') &&
              cached?.key === key &&
              files.length === cached.files.length &&
              files.every((file, i) => cached.files[i] === file && isCached(file))
            );
          })
          .map(([path]) => path)
      : [],
  );
  const byRoute = new Map<string, string[]>();
  for (const [path, { route }] of Object.entries(current.pages))
    byRoute.set(route, [...(byRoute.get(route) ?? []), path]);
  for (const paths of byRoute.values()) {
    const [first] = paths;
    if (first !== undefined && paths.every((path) => reusable.has(path))) reusable.delete(first);
  }
  const unchanged =
    usable &&
    previous.outputsKey === current.outputsKey &&
    Object.entries(current.pages).every(([path, { files }]) => previous.pages[path] && files.every(isCached));
  return {
    version: PAGE_CACHE_VERSION,
    ...current,
    reused: Object.keys(current.pages).filter((path) => reusable.has(path)),
    unchanged,
    elsewhere: [],
  };
}
