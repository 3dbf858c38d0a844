// Which pages a build can take from the last one instead of rendering them again. An article's pages
// (its permalink, earlier slugs, short link and share card) show the article, its other language
// versions and its related stories, inside a frame every page shares; a page of an author's, a topic's
// or an edition's list shows its articles' cards, its place among the list's pages and, for authors and
// topics, the list in other editions. Each
// article and each list page gets a key: a hash of what it shows as this build would render it. The
// frame and the code go into one site key, and a change there renders everything again. A page is
// reused only when both keys are what they were when it was rendered and its files are still cached.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, Version } from '../content/article';
import { getArticles, getEditionLanguages, getVersions, toSummary } from '../articles';
import { AUTHORS_FILE, TOPICS_FILE } from '../content/registry';
import { SITE_FILE } from '../content/site-file';
import { featuredSections } from '../lists/front-page';
import { getRelated } from '../lists/related';
import { allGroupRoutePages, groupRoutePath, groupRouteView } from '../lists/group-routes';
import { allHomeRoutePages, homeRoutePath, homeRouteView } from '../lists/home-routes';
import { articlePath, shortPath } from '../urls';
import { shareImagePath } from '../metadata/share-image';
import type { ReusePlan } from './reuse-plan';

/** Version of the cache's layout and of the way keys are made: a new one discards every cached page. */
export const PAGE_CACHE_VERSION = 2;

/** What the finish step learnt about a page it made framework-free, kept so a reused page counts too. */
export type PageFacts = Readonly<{
  styleHashes: readonly string[];
  scriptHashes: readonly string[];
  frameSources: readonly string[];
  searchable: boolean;
}>;

/** One article's or list page's cached files: the key they were rendered for, their paths below out/, and their facts. */
export type CachedPages = Readonly<{ key: string; files: readonly string[]; facts: Record<string, PageFacts> }>;

/** `.cache/pages/<folder>/manifest.json`: what the last build of one site left in the cache. */
export type PageCacheManifest = Readonly<{
  version: number;
  siteKey: string;
  /** by slug */
  articles: Record<string, CachedPages>;
  /** by address */
  lists: Record<string, CachedPages>;
}>;

type Keyed = Record<string, Readonly<{ key: string; files: readonly string[] }>>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The files below out/ that exist because of `article`: its permalink page, one redirect page per
 * earlier slug, the short link's page, and its share card when it has no photo crop to share.
 */
export function articleOutputs(article: Article): string[] {
  const page = (urlPath: string) => `${urlPath.replace(/^\//, '')}index.html`;
  return [
    page(articlePath(article.slug)),
    ...article.aliases.map((alias) => page(articlePath(alias))),
    page(shortPath(article.id)),
    ...(article.image?.rendition?.crops.share ? [] : [shareImagePath(article).slice(1)]),
  ];
}

/**
 * The key of `article`'s pages: everything they show that is not shared by every page. The whole
 * article, every version as the language switch names it, and each related story as its card shows it.
 */
export function articlePageKey(article: Article, versions: readonly Version[], related: readonly Article[]): string {
  return sha256(JSON.stringify({ article, versions, related: related.map(toSummary) }));
}

/**
 * The key of everything every page shares: the code that renders them (file hashes), the settings, and
 * the site-wide content (registries, site.yml, the editions and the sections each header names).
 */
export function siteKey(parts: Readonly<Record<string, unknown>>): string {
  return sha256(JSON.stringify({ version: PAGE_CACHE_VERSION, ...parts }));
}

/**
 * Which articles' pages and which list pages this build reuses: those whose key and the site key are
 * what `previous` recorded, and whose files all `isCached`. Everything else is rendered, and always at
 * least the first (newest) article: Next's export refuses a route without pages.
 */
export function planReuse(
  current: Pick<ReusePlan, 'siteKey' | 'articles' | 'lists'>,
  previous: PageCacheManifest | undefined,
  isCached: (file: string) => boolean,
): ReusePlan {
  const usable = previous?.version === PAGE_CACHE_VERSION && previous.siteKey === current.siteKey;
  const unchanged = (now: Keyed, before: Record<string, CachedPages> | undefined) =>
    usable && before
      ? Object.entries(now)
          .filter(([name, { key, files }]) => {
            const cached = before[name];
            return (
              cached?.key === key &&
              files.length === cached.files.length &&
              files.every((file, i) => cached.files[i] === file && isCached(file))
            );
          })
          .map(([name]) => name)
      : [];
  const [first] = Object.keys(current.articles);
  const reused = unchanged(current.articles, previous?.articles);
  const everything = reused.length === Object.keys(current.articles).length;
  return {
    version: PAGE_CACHE_VERSION,
    ...current,
    reused: everything ? reused.filter((slug) => slug !== first) : reused,
    reusedLists: unchanged(current.lists, previous?.lists),
  };
}

/** A list page's entry in the plan: its address, the key of what it shows, and its file below out/. */
const listEntry = (address: string, view: unknown) =>
  [address, { key: sha256(JSON.stringify(view)), files: [`${address.slice(1)}index.html`] }] as const;

/**
 * This build's site key, each published article's key and files, and each author, topic and
 * older-articles list page's, from the articles as loaded. `code` is the hash of every code file
 * (scripts/build-record.mjs), `settings` the validated settings.
 */
export function thisBuildsPages(
  code: Readonly<Record<string, string>>,
  settings: Readonly<Record<string, string>>,
  contentDir: string,
): Pick<ReusePlan, 'siteKey' | 'articles' | 'lists'> {
  const editions = getEditionLanguages();
  const siteFiles = Object.fromEntries(
    [AUTHORS_FILE, TOPICS_FILE, SITE_FILE].map((name) => {
      const file = path.join(contentDir, name);
      return [name, existsSync(file) ? readFileSync(file, 'utf8') : null];
    }),
  );
  return {
    siteKey: siteKey({
      code,
      settings,
      siteFiles,
      editions,
      sections: editions.map((language) => featuredSections(language).map(({ id }) => id)),
    }),
    articles: Object.fromEntries(
      getArticles().map((article) => [
        article.slug,
        { key: articlePageKey(article, getVersions(article), getRelated(article)), files: articleOutputs(article) },
      ]),
    ),
    lists: Object.fromEntries([
      ...allGroupRoutePages().map((page) => listEntry(groupRoutePath(page), groupRouteView(page))),
      ...allHomeRoutePages().map((page) => listEntry(homeRoutePath(page), homeRouteView(page))),
    ]),
  };
}
