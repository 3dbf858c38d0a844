// @ts-check
// The per-page part of finishing the export (finish-export.mjs), for a share of the pages: each page
// made framework-free and written back, then its link previews checked. Pages do not depend on each
// other, so finish-export runs this in one worker thread per core; `finishPages` is the same work in
// the calling thread.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { toStaticHtml } from './to-static-html.mjs';
import { previewProblems } from './verify-previews.mjs';
import { isSearchPage, withSearchScript } from './search-page.mjs';

/**
 * @typedef {{ root: string, outDir: string, siteUrl: string, imageOrigin?: string, iconDataUrl: string, enhanceScript?: string, searchScript?: string }} PageOptions
 * @typedef {{ styleHashes: string[], scriptHashes: string[], frames: [string, string[]][], previewErrors: string[], searchable: number, searchPages: string[], searchHash: string, facts: [string, import('../../lib/build/page-reuse').PageFacts][] }} PagesResult
 */

/**
 * Finishes `files` (absolute paths of HTML pages in out/). Throws, naming the page, when one cannot be
 * made framework-free; preview problems are returned, all of them.
 * @param {string[]} files @param {PageOptions} options @returns {PagesResult}
 */
export function finishPages(files, { root, outDir, siteUrl, imageOrigin, iconDataUrl, enhanceScript, searchScript }) {
  /** @type {Map<string, string>} the stylesheets, read once however many pages link them */
  const css = new Map();
  const readCss = (/** @type {string} */ href) => {
    const file = href.split('?')[0] ?? href;
    if (!css.has(file)) css.set(file, readFileSync(path.join(outDir, file), 'utf8').trim());
    return /** @type {string} */ (css.get(file));
  };
  const styleHashes = new Set();
  const scriptHashes = new Set();
  /** @type {[string, string[]][]} */
  const frames = [];
  const previewErrors = [];
  let searchable = 0;
  /** @type {string[]} */
  const searchPages = [];
  let searchHash = '';
  /** @type {PagesResult['facts']} each page's own part of the above, for the page cache (page-cache.mjs) */
  const facts = [];
  for (const file of files) {
    const page = path.relative(outDir, file).split(path.sep).join('/');
    let html;
    try {
      const result = toStaticHtml(readFileSync(file, 'utf8'), {
        readCss,
        iconDataUrl,
        ...(enhanceScript ? { enhanceScript } : {}),
      });
      result.styleHashes.forEach((hash) => styleHashes.add(hash));
      result.scriptHashes.forEach((hash) => scriptHashes.add(hash));
      if (result.frameSources.length > 0) frames.push([`/${page}`, result.frameSources]);
      if (result.searchable) searchable += 1;
      facts.push([
        page,
        {
          styleHashes: result.styleHashes,
          scriptHashes: result.scriptHashes,
          frameSources: result.frameSources,
          searchable: Boolean(result.searchable),
        },
      ]);
      html = result.html;
      // Each edition's search page runs its own script; /en/search/ only sends the reader to /search/.
      if (searchScript && isSearchPage(`/${page}`) && html.includes('data-search-results')) {
        const search = withSearchScript(html, searchScript);
        searchHash = search.scriptHash;
        searchPages.push(`/${page}`);
        html = search.html;
      }
      writeFileSync(file, html);
    } catch (error) {
      throw new Error(`${path.relative(root, file)}: ${error instanceof Error ? error.message : error}`);
    }
    // Every canonical and share-image URL absolute and on SITE_URL, every image there at its size.
    previewErrors.push(
      ...previewProblems({
        page: `out/${page}`,
        html,
        siteUrl,
        outDir,
        requireCanonical: page !== '404.html',
        ...(imageOrigin ? { imageOrigin } : {}),
        ...(page.startsWith('news/') ? { imageSize: { width: 1200, height: 630 } } : {}),
      }),
    );
  }
  return {
    styleHashes: [...styleHashes],
    scriptHashes: [...scriptHashes],
    frames,
    previewErrors,
    searchable,
    searchPages,
    searchHash,
    facts,
  };
}

if (parentPort && workerData?.finishPages) {
  const { files, options } = workerData.finishPages;
  try {
    parentPort.postMessage({ ok: true, result: finishPages(files, options) });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
}
