// @ts-check
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleClient } from './bundle-client.mjs';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { HOST_FILES, toHeaderRules, toHeadersFile, toNginxConf } from './host-headers.mjs';
import { securityHeaders, siteFileHeaders } from './security-headers.mjs';
import { FRAMEWORK_MARKERS, toStaticHtml } from './to-static-html.mjs';
import { previewProblems } from './verify-previews.mjs';
import { writeSearchIndex } from './search-index.mjs';
import { isSearchPage, withSearchScript } from './search-page.mjs';

/**
 * Turns Next's export in `outDir` into the site readers get: pages without framework JavaScript,
 * CSS inlined, the enhancement script inlined where a page uses it, and a `_headers` file with the
 * security policy that allows exactly those two by their hashes.
 * @param {{ root: string, outDir: string, siteUrl: string }} options
 * @returns {Promise<{ pages: number, scriptBytes: number }>}
 */
export async function finishExport({ root, outDir, siteUrl }) {
  const script = await bundleClient(root);
  const searchScript = await bundleClient(root, 'search');
  const favicon = path.join(root, 'public', 'favicon.svg');
  const iconDataUrl = `data:image/svg+xml,${encodeURIComponent(readFileSync(favicon, 'utf8').trim())}`;

  // Next also writes its not-found page as routes readers could reach with status 200.
  for (const extra of ['_not-found', '404']) rmSync(path.join(outDir, extra), { recursive: true, force: true });

  const styleHashes = new Set();
  const scriptHashes = new Set();
  /** @type {Map<string, string[]>} the players each page with embed cards may frame, by URL path */
  const framesByPage = new Map();
  let searchHash = '';
  /** @type {string[]} every edition's search page */
  const searchPages = [];
  let articles = 0;
  const pages = listFiles(outDir).filter((file) => file.endsWith('.html'));
  for (const file of pages) {
    try {
      const result = toStaticHtml(readFileSync(file, 'utf8'), {
        readCss: (href) => readFileSync(path.join(outDir, href.split('?')[0] ?? href), 'utf8').trim(),
        iconDataUrl,
        ...(script ? { enhanceScript: script } : {}),
      });
      result.styleHashes.forEach((hash) => styleHashes.add(hash));
      result.scriptHashes.forEach((hash) => scriptHashes.add(hash));
      if (result.frameSources.length > 0) framesByPage.set(urlPath(outDir, file), result.frameSources);
      if (result.searchable) articles += 1;
      let html = result.html;
      // /en/search/ (the default edition's prefix) only sends the reader to /search/: no search there.
      if (isSearchPage(urlPath(outDir, file)) && html.includes('data-search-results') && searchScript) {
        const search = withSearchScript(html, searchScript);
        searchHash = search.scriptHash;
        searchPages.push(urlPath(outDir, file));
        html = search.html;
      }
      writeFileSync(file, html);
    } catch (error) {
      throw new Error(`${path.relative(root, file)}: ${error instanceof Error ? error.message : error}`);
    }
  }

  // The framework's files are no longer referenced by any page.
  rmSync(path.join(outDir, '_next'), { recursive: true, force: true });
  for (const file of listFiles(outDir)) {
    if (isRscPayload(path.relative(outDir, file).split(path.sep).join('/'))) rmSync(file);
  }
  // Pages were checked one by one above; feeds and sitemaps carry articles' words, which may mention
  // anything. What is left to check is text Next wrote itself: a payload file named in a new way.
  for (const file of listFiles(outDir).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(file, 'utf8');
    const marker = FRAMEWORK_MARKERS.find((m) => text.includes(m));
    if (marker)
      throw new Error(`${path.relative(root, file)} still mentions ${marker} after the framework files were removed`);
  }

  // The search index of the finished pages, before the headers: its files are served with them.
  // A site with no published article yet has nothing to index, and its search page says search is unavailable.
  if (articles > 0) await writeSearchIndex(outDir, articles);

  // Previews: every canonical and share-image URL absolute and on SITE_URL, every image there at its size.
  const previewErrors = pages.flatMap((file) => {
    const page = path.relative(outDir, file).split(path.sep).join('/');
    return previewProblems({
      page: `out/${page}`,
      html: readFileSync(file, 'utf8'),
      siteUrl,
      outDir,
      requireCanonical: page !== '404.html',
      ...(page.startsWith('news/') ? { imageSize: { width: 1200, height: 630 } } : {}),
    });
  });
  if (previewErrors.length > 0) {
    throw new Error(
      `Link previews are broken (${previewErrors.length}):\n${previewErrors.map((line) => `  - ${line}`).join('\n')}`,
    );
  }

  const policy = {
    styleHashes: [...styleHashes],
    scriptHashes: [...scriptHashes],
    https: siteUrl.startsWith('https:'),
  };
  const security = securityHeaders(policy);
  // A page with embed cards gets its own policy, framing only its players; toHeaderRules makes sure no
  // rule with the narrow policy also matches it (two policies would both be enforced).
  const pageSecurity = Object.fromEntries(
    [...framesByPage].map(([page, frameSources]) => [page, securityHeaders({ ...policy, frameSources })]),
  );
  // The search page runs its own script (not the enhancement one) and Pagefind's: see security-headers.mjs.
  for (const page of searchPages)
    pageSecurity[page] = securityHeaders({ ...policy, scriptHashes: [searchHash], search: true });
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
  };
  const rules = toHeaderRules(siteFileHeaders(served, { security, contentTypes, pageSecurity }));
  writeFileSync(path.join(outDir, '_headers'), toHeadersFile(rules));
  writeFileSync(path.join(outDir, '_nginx.conf'), toNginxConf(rules));
  return { pages: pages.length, scriptBytes: script ? Buffer.byteLength(script) : 0 };
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

/**
 * True for the React Server Component payloads Next writes beside each page (`index.txt`,
 * `__next.*.txt`), which no page uses once the framework is gone. Other text files, such as
 * `robots.txt`, are the site's own and stay.
 * @param {string} relativePath a path below out/, with forward slashes
 * @returns {boolean}
 */
export function isRscPayload(relativePath) {
  return /(^|\/)(index|__next\.[^/]*)\.txt$/.test(relativePath);
}

/** @param {string} outDir @param {string} file @returns {string} the file's URL path, `/news/x/index.html` */
function urlPath(outDir, file) {
  return `/${path.relative(outDir, file).split(path.sep).join('/')}`;
}

/** @param {string} dir @returns {string[]} every file below dir */
function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}
