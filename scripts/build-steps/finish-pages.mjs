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
import { withSearchScript } from './search-page.mjs';

/**
 * @typedef {{ root: string, outDir: string, siteUrl: string, imageOrigin?: string, iconDataUrl: string, enhanceScript?: string, liveScript?: string, searchScript?: string, searchPages: readonly string[], searchable: readonly string[], articlePreviews: readonly string[] }} PageOptions
 * @typedef {{ styleHashes: string[], scriptHashes: string[], previewErrors: string[], facts: [string, import('../../lib/build/page-reuse').PageFacts][] }} PagesResult
 */

/**
 * Finishes `files` (absolute paths of HTML pages in out/). Throws, naming the page, when one cannot be
 * made framework-free; preview problems are returned, all of them.
 * @param {string[]} files @param {PageOptions} options @returns {PagesResult}
 */
export function finishPages(
  files,
  {
    root,
    outDir,
    siteUrl,
    imageOrigin,
    iconDataUrl,
    enhanceScript,
    liveScript,
    searchScript,
    searchPages,
    searchable,
    articlePreviews,
  },
) {
  // Below out/ (`be/search/index.html`), as the page table lists them: the editions' search pages, the
  // pages search indexes (the articles), and the pages that preview as an article does.
  const isSearchPage = new Set(searchPages);
  const isSearchable = new Set(searchable);
  const previewsAsArticle = new Set(articlePreviews);
  /** @type {Map<string, string>} the stylesheets, read once however many pages link them */
  const css = new Map();
  const readCss = (/** @type {string} */ href) => {
    const file = href.split('?')[0] ?? href;
    if (!css.has(file)) css.set(file, readFileSync(path.join(outDir, file), 'utf8').trim());
    return /** @type {string} */ (css.get(file));
  };
  const styleHashes = new Set();
  const scriptHashes = new Set();
  const previewErrors = [];
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
        searchable: isSearchable.has(page),
        ...(liveScript ? { liveScript } : {}),
      });
      result.styleHashes.forEach((hash) => styleHashes.add(hash));
      result.scriptHashes.forEach((hash) => scriptHashes.add(hash));
      facts.push([page, { styleHashes: result.styleHashes, scriptHashes: result.scriptHashes }]);
      html = result.html;
      // Each edition's search page runs its own script.
      if (searchScript && isSearchPage.has(page)) html = withSearchScript(html, searchScript).html;
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
        ...(previewsAsArticle.has(page) ? { imageSize: { width: 1200, height: 630 } } : {}),
      }),
    );
  }
  return {
    styleHashes: [...styleHashes],
    scriptHashes: [...scriptHashes],
    previewErrors,
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
