import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../content/article';
import type { ContentProblem } from '../content/content-error';
import { site } from '../site-config';
import { FEEDS, feedPath } from '../metadata/feeds/feed';
import { articlePath, correctionsFeedPath } from '../urls';
import type { PageRow } from './views';

// Files every build writes besides the pages and the editions' feeds (app/*.xml, app/robots.ts, app/logo.png).
const BUILT_FILES = ['/sitemap.xml', '/news-sitemap.xml', '/robots.txt', '/logo.png'];
const BASE = 'https://site.invalid';

/**
 * Every path a build serves: each page of the page table and the files made with it (share cards), each
 * edition's feeds and corrections feed, the sitemaps, robots.txt and the logo, and every file in `publicDir`.
 */
export function sitePaths(
  pages: readonly Pick<PageRow, 'path' | 'files' | 'language'>[],
  publicDir: string,
): Set<string> {
  const paths = new Set(BUILT_FILES);
  for (const page of pages) {
    paths.add(page.path);
    for (const file of page.files) paths.add(`/${file}`);
    for (const { file } of FEEDS) paths.add(feedPath(file, page.language));
    paths.add(correctionsFeedPath(page.language));
  }
  for (const file of filesBelow(publicDir)) paths.add(`/${file}`);
  return paths;
}

/**
 * Every link or image in the published articles that points to a path of this site where the build
 * makes nothing (`/news/does-not-exist/`, `../../archive/`), named by file, line and target, against
 * `paths`, every path the build serves (sitePaths). Relative addresses are resolved against the
 * article's permalink; absolute ones count when they are on SITE_URL. Other sites, `mailto:` and links
 * within the page (`#p3`) are not looked at.
 */
export function brokenSiteLinks(articles: readonly Article[], paths: ReadonlySet<string>): ContentProblem[] {
  return brokenPageLinks(
    articles.map(({ file, slug, bodyLinks }) => ({ file, path: articlePath(slug), bodyLinks })),
    paths,
  );
}

/**
 * The same check for any page written in Markdown (the newsroom's own pages, content/pages/): each
 * `path` is where the page is published, which its relative links are resolved against.
 */
export function brokenPageLinks(
  pages: readonly (Pick<Article, 'file' | 'bodyLinks'> & { path: string })[],
  paths: ReadonlySet<string>,
): ContentProblem[] {
  return pages.flatMap((page) =>
    page.bodyLinks.flatMap(({ kind, target, line }): ContentProblem[] => {
      // A photo names an original in content/images/, which the image check reads (lib/images/).
      if (kind === 'image') return [];
      const pathname = sitePathOf(target, page.path);
      if (pathname === undefined || paths.has(pathname) || paths.has(`${pathname}/`)) return [];
      return [
        {
          file: page.file,
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
