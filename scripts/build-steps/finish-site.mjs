// @ts-check
// What spans the whole site once its pages are finished: the search index of every article and the
// headers every host serves (`_headers`, the nginx include) with the security policy that allows exactly
// the styles and scripts the pages inline. A build of the whole site does this at the end of its finish
// step (finish-export.mjs); a site built in shards, once, when the merge has put the shards together
// (scripts/build-steps/merge-shards.mjs).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { bundleClient } from './bundle-client.mjs';
import { HOST_FILES, toHeaderRules, toHeadersFile, toNginxConf } from './host-headers.mjs';
import { writeSearchIndex } from './search-index.mjs';
import { securityHeaders, siteFileHeaders } from './security-headers.mjs';
import { sha256 } from './to-static-html.mjs';

/**
 * Writes the search index and the headers of the finished site in `outDir`. `planned` are its pages as
 * the page table has them (their kinds, what search indexes, the players embed cards frame), `facts`
 * what the finish step learnt of each page (the hashes of its inline styles and scripts). With
 * `imageOrigin` (IMAGE_SERVICE's origin) the policy allows images from the image service. With
 * `published` (the published site's folder and the pages linked from it), the search index of a
 * language none of whose articles changed is taken from the published site (search-index.mjs).
 * @param {{ root: string, outDir: string, siteUrl: string, imageOrigin?: string, planned: readonly import('../../lib/build/reuse-plan').PlannedPage[], facts: ReadonlyMap<string, import('../../lib/build/page-reuse').PageFacts>, published?: { dir: string, pages: ReadonlySet<string> } }} options
 */
export async function finishSite({ root, outDir, siteUrl, imageOrigin, planned, facts, published }) {
  const searchScript = await bundleClient(root, 'search');
  const pagesWhere = (/** @type {(page: import('../../lib/build/reuse-plan').PlannedPage) => boolean} */ test) =>
    planned.filter(test).flatMap(({ files }) => files.slice(0, 1));
  const searchPages = pagesWhere(({ kind }) => kind === 'search');
  const searchable = pagesWhere((page) => page.searchable);
  // The search index of the finished pages, before the headers: its files are served with them.
  // A site with no published article yet has nothing to index, and its search page says search is unavailable.
  if (searchable.length > 0) {
    const search = await writeSearchIndex(outDir, searchable, published);
    const languages = (/** @type {string[]} */ list) => (list.length > 0 ? list.join(', ') : 'none');
    console.log(
      `Search index: ${search.pages} articles; languages indexed: ${languages(search.indexed)}; ` +
        `taken from the published site, none of their articles changed: ${languages(search.taken)}.`,
    );
  }

  const all = [...facts.values()];
  const policy = {
    styleHashes: [...new Set(all.flatMap((page) => page.styleHashes))].sort(),
    scriptHashes: [...new Set(all.flatMap((page) => page.scriptHashes))].sort(),
    https: siteUrl.startsWith('https:'),
    imageSources: imageOrigin ? [imageOrigin] : [],
  };
  const security = securityHeaders(policy);
  /** @type {[string, readonly string[]][]} the players each page with embed cards may frame, by URL path */
  const framesByPage = planned.flatMap(({ files, frameSources }) =>
    frameSources.length > 0 ? [/** @type {[string, readonly string[]]} */ ([`/${files[0]}`, frameSources])] : [],
  );
  // A page with embed cards gets its own policy, framing only its players; toHeaderRules detaches the
  // site-wide one there, so it gets one policy (two would both be enforced).
  const pageSecurity = Object.fromEntries(
    framesByPage.map(([page, frameSources]) => [page, securityHeaders({ ...policy, frameSources })]),
  );
  // The search page runs its own script (not the enhancement one) and Pagefind's: see security-headers.mjs.
  const searchHash = searchScript ? sha256(searchScript) : '';
  for (const page of searchPages)
    pageSecurity[`/${page}`] = securityHeaders({ ...policy, scriptHashes: [searchHash], search: true });
  const served = listFiles(outDir)
    .map((file) => urlPath(outDir, file))
    .filter((file) => !HOST_FILES.includes(file));
  const feeds = editionFeedTypes(feedTypes(readFileSync(path.join(outDir, 'index.html'), 'utf8')), served);
  // Other XML (the sitemaps) is application/xml everywhere; nginx's own mime.types would say text/xml.
  const contentTypes = {
    // Pagefind's WebAssembly, so browsers compile it while it downloads (instantiateStreaming).
    ...Object.fromEntries(
      served.filter((file) => file.endsWith('.pagefind')).map((file) => [file, 'application/wasm']),
    ),
    ...Object.fromEntries(served.filter((file) => file.endsWith('.xml')).map((file) => [file, 'application/xml'])),
    ...feeds,
    // RFC 9116 asks for security.txt as text/plain with its charset named.
    ...(served.includes('/.well-known/security.txt')
      ? { '/.well-known/security.txt': 'text/plain; charset=utf-8' }
      : {}),
  };
  const rules = toHeaderRules(siteFileHeaders(served, { security, contentTypes, pageSecurity }));
  writeFileSync(path.join(outDir, '_headers'), toHeadersFile(rules));
  writeFileSync(path.join(outDir, '_nginx.conf'), toNginxConf(rules));
}

/**
 * The media type of each feed, by path, as the pages name them in `<link rel="alternate">` (from
 * FEEDS in lib/feeds/feed.ts), so a host serves RSS as application/rss+xml and not plain XML.
 * @param {string} html the home page
 * @returns {Record<string, string>}
 */
export function feedTypes(html) {
  /** @type {Record<string, string>} */
  const types = {};
  visit(fromHtml(html), 'element', (node) => {
    const { rel, type, href } = node.properties;
    if (node.tagName !== 'link' || !String(rel).split(' ').includes('alternate') || !type || !href) return;
    types[new URL(String(href), 'http://site.invalid').pathname] = String(type);
  });
  return types;
}

/**
 * Every edition's feeds are named as the home page names the default edition's (`/be/feed.xml` is RSS
 * like `/feed.xml`): the media type of each served file whose name is a home-page feed's.
 * @param {Record<string, string>} homeFeeds the home page's feeds by path
 * @param {string[]} served every served path
 * @returns {Record<string, string>}
 */
export function editionFeedTypes(homeFeeds, served) {
  const byName = new Map(Object.entries(homeFeeds).map(([file, type]) => [path.posix.basename(file), type]));
  /** @type {Record<string, string>} */
  const types = { ...homeFeeds };
  for (const file of served) {
    const type = byName.get(path.posix.basename(file));
    if (type) types[file] = type;
  }
  return types;
}

/** @param {string} outDir @param {string} file @returns {string} the file's URL path, `/news/x/index.html` */
function urlPath(outDir, file) {
  return `/${path.relative(outDir, file).split(path.sep).join('/')}`;
}

/** @param {string} dir @returns {string[]} every file below dir */
export function listFiles(dir) {
  // The directory entries' own types: no stat for each of a large site's 50,000 files.
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}
