// @ts-check
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Where the index and its script are served from: /search/ imports `/pagefind/pagefind.js`. */
export const SEARCH_DIR = 'pagefind';

/**
 * True for the files of Pagefind's bundle that the search page uses: the search script, the index
 * (entry, metadata, word index, fragments, filters) and the WebAssembly that reads it. Pagefind's own
 * UIs and their CSS, the highlighter and the web worker are left out: our page has its own interface,
 * and searches on the main thread (a worker would need a policy of its own).
 * @param {string} file a path inside the bundle, e.g. `index/en_70dce04.pf_index`
 * @returns {boolean}
 */
export function isSearchFile(file) {
  return (
    file === 'pagefind.js' ||
    file === 'pagefind-entry.json' ||
    /^wasm\.[a-z-]+\.pagefind$/.test(file) ||
    /^pagefind\.[\w-]+\.pf_meta$/.test(file) ||
    /^(index|fragment|filter)\/[\w-]+\.pf_(index|fragment|filter)$/.test(file)
  );
}

/**
 * How many pages an index holds, all languages together, from its `pagefind-entry.json`. (The
 * `page_count` that adding a folder reports counts every HTML file read, indexed or not.)
 * @param {string} json
 * @returns {number}
 */
export function indexedPages(json) {
  /** @type {{ languages?: Record<string, { page_count?: unknown }> }} */
  const entry = JSON.parse(json);
  return Object.values(entry.languages ?? {}).reduce(
    (sum, language) => sum + (typeof language.page_count === 'number' ? language.page_count : 0),
    0,
  );
}

/**
 * Where every page search indexes lives: an article's permalink (or a live story's first page),
 * `news/<slug>/index.html`. Pagefind reads only these, not the lists, months and redirects around them
 * (two pages in three at 10,000 articles).
 */
export const SEARCHED_PAGES = 'news/*/index.html';

/**
 * Indexes the finished pages in `outDir` with Pagefind (one index per `<html lang>`, only what
 * search-marks.mjs marked, among the pages SEARCHED_PAGES matches) and writes the files the search page
 * needs into `outDir/pagefind/`. Throws when a page to index lies elsewhere, when Pagefind reports an
 * error or indexes another number of pages than the `searchable` ones the build marked (Pagefind indexes
 * every page when none is marked, and the site's words would then be found on every list).
 * @param {string} outDir
 * @param {readonly string[]} searchable the pages that carry `data-pagefind-body`, below outDir
 * @returns {Promise<{ pages: number, bytes: number }>}
 */
export async function writeSearchIndex(outDir, searchable) {
  const elsewhere = searchable.filter((page) => !/^news\/[^/]+\/index\.html$/.test(page));
  if (elsewhere.length > 0)
    throw new Error(`Search index: ${elsewhere.join(', ')} lie outside ${SEARCHED_PAGES}, the pages Pagefind reads`);
  const articles = searchable.length;
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: outDir, glob: SEARCHED_PAGES });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(fileErrors.join('; '));
    const entry = files.find((file) => file.path === 'pagefind-entry.json');
    const indexed = entry ? indexedPages(new TextDecoder().decode(entry.content)) : 0;
    if (indexed !== articles) {
      throw new Error(`Pagefind indexed ${indexed} pages, not the ${articles} articles: see search-marks.mjs`);
    }
    let bytes = 0;
    for (const file of files.filter((f) => isSearchFile(f.path.split(path.sep).join('/')))) {
      const target = path.join(outDir, SEARCH_DIR, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      bytes += file.content.byteLength;
    }
    return { pages: indexed, bytes };
  } catch (error) {
    throw new Error(`Search index: ${error instanceof Error ? error.message : error}`);
  } finally {
    await pagefind.close();
  }
}
