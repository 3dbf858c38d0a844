import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Article } from './article';
import type { ContentProblem } from './content-error';
import { site } from '../site-config';
import { FEEDS, feedPath } from '../metadata/feeds/feed';
import { browsePages } from '../lists/browse-paths';
import { articlePath, authorPath, editionPath, listPagePath, searchPath, shortPath, topicPath } from '../urls';

// Files every build writes besides the pages (app/*.xml, app/feed.json, app/robots.ts, app/logo.png).
const BUILT_FILES = [
  '/feed.xml',
  '/atom.xml',
  '/feed.json',
  '/sitemap.xml',
  '/news-sitemap.xml',
  '/robots.txt',
  '/logo.png',
];
const BASE = 'https://site.invalid';

/**
 * Every path a build of `articles` serves: the home page and its later pages, each article's
 * permalink, alias and short link, each author's and topic's pages, each edition's indexes and date
 * archive, the feeds and sitemaps, and every file in `publicDir`. List pages include `page/1/`, which
 * exists as a redirect to the list.
 */
export function sitePaths(articles: readonly Article[], pageSize: number, publicDir: string): Set<string> {
  const paths = new Set(['/', '/search/', ...BUILT_FILES]);
  const list = (firstPage: string, count: number) => {
    paths.add(firstPage);
    for (let number = 1; number <= Math.max(1, Math.ceil(count / pageSize)); number += 1) {
      paths.add(number === 1 ? `${firstPage}page/1/` : listPagePath(firstPage, number));
    }
  };
  const groups = new Map<string, number>();
  for (const article of articles) {
    paths.add(articlePath(article.slug)).add(shortPath(article.id));
    article.aliases.forEach((alias) => paths.add(articlePath(alias)));
    const firstPages = new Set([
      editionPath(article.language),
      ...article.authors.map(({ id }) => authorPath(id, article.language)),
      ...article.topicRefs.map((ref) => topicPath(ref.slug, article.language)),
    ]);
    for (const firstPage of firstPages) groups.set(firstPage, (groups.get(firstPage) ?? 0) + 1);
    for (const { file } of FEEDS) paths.add(feedPath(file, article.language));
    paths.add(searchPath(article.language));
  }
  if (!groups.has('/')) list('/', 0);
  groups.forEach((count, firstPage) => list(firstPage, count));
  for (const { path: browsePath } of browsePages(articles)) paths.add(browsePath);
  for (const file of filesBelow(publicDir)) paths.add(`/${file}`);
  return paths;
}

/**
 * Every link or image in the published articles that points to a path of this site where the build
 * makes nothing (`/news/does-not-exist/`, `../../archive/`), named by file, line and target. Relative
 * addresses are resolved against the article's permalink; absolute ones count when they are on
 * SITE_URL. Other sites, `mailto:` and links within the page (`#p3`) are not looked at. Links to
 * `pendingPaths` (pages of article files that have problems of their own) are left for a later check.
 */
export function brokenSiteLinks(
  articles: readonly Article[],
  {
    pageSize = site.listPageSize,
    publicDir = path.resolve('public'),
    pendingPaths = [],
  }: { pageSize?: number; publicDir?: string; pendingPaths?: readonly string[] } = {},
): ContentProblem[] {
  const paths = sitePaths(articles, pageSize, publicDir);
  for (const pending of pendingPaths) paths.add(pending);
  return articles.flatMap((article) =>
    article.bodyLinks.flatMap(({ kind, target, line }): ContentProblem[] => {
      // A photo names an original in content/images/, which the image check reads (lib/images/).
      if (kind === 'image') return [];
      const pathname = sitePathOf(target, articlePath(article.slug));
      if (pathname === undefined || paths.has(pathname) || paths.has(`${pathname}/`)) return [];
      return [
        {
          file: article.file,
          field: line === undefined ? 'body' : `body (line ${line})`,
          value: `${kind} ${JSON.stringify(target)}`,
          fix: `this site has no page at ${pathname}: link to a page the site has (an article’s /news/<slug>/, a list, a feed) or a file in public/, or remove the link`,
        },
      ];
    }),
  );
}

/** The path on this site an address leads to from `fromPath`, or undefined when it leads elsewhere. */
function sitePathOf(target: string, fromPath: string): string | undefined {
  if (target.startsWith('#') || target === '') return undefined;
  let url: URL;
  try {
    url = new URL(target, `${BASE}${fromPath}`);
  } catch {
    return undefined;
  }
  const origin = url.origin === BASE ? BASE : url.origin === new URL(site.url).origin ? url.origin : undefined;
  if (origin === undefined) return undefined;
  let pathname = url.pathname;
  try {
    pathname = decodeURI(pathname);
  } catch {
    // Keep it as written.
  }
  return pathname.replace(/\/index\.html$/, '/');
}

function filesBelow(dir: string, prefix = ''): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesBelow(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}
