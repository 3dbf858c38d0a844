// @ts-check
import {
  closeSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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
 * The language Pagefind files a page under: its `<html lang>` (Pagefind reads the same attribute), or
 * `unknown` for a page without one.
 * @param {string} head the start of the page, through its `<html>` tag
 * @returns {string}
 */
export function pageLanguage(head) {
  return /<html\b[^>]*?\slang=["']?([^"'\s>]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'unknown';
}

/**
 * The pages to index, by language, in the order given.
 * @param {string} outDir @param {readonly string[]} pages below outDir
 * @returns {Map<string, string[]>}
 */
function byLanguage(outDir, pages) {
  /** @type {Map<string, string[]>} */
  const groups = new Map();
  const head = Buffer.alloc(1024);
  for (const page of pages) {
    const fd = openSync(path.join(outDir, page), 'r');
    const length = readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    const language = pageLanguage(head.subarray(0, length).toString('utf8'));
    const group = groups.get(language);
    if (group) group.push(page);
    else groups.set(language, [page]);
  }
  return groups;
}

/**
 * One bundle of the files of several Pagefind bundles, each of one language: what one Pagefind run over
 * all their pages writes. Pagefind keeps a language's index apart from the others' (its files are named
 * by language and content), so only `pagefind-entry.json`, which lists the languages, is combined; any
 * other file two bundles share must be the same bytes (Pagefind's script and WebAssembly).
 * @param {readonly (readonly { path: string, content: Uint8Array }[])[]} bundles
 * @returns {{ path: string, content: Uint8Array }[]}
 */
export function combineBundles(bundles) {
  /** @type {Map<string, Uint8Array>} */
  const files = new Map();
  /** @type {{ version?: unknown, languages: Record<string, unknown>, include_characters?: unknown } | undefined} */
  let entry;
  for (const bundle of bundles) {
    for (const file of bundle) {
      if (file.path === 'pagefind-entry.json') {
        /** @type {{ version?: unknown, languages?: Record<string, unknown>, include_characters?: unknown }} */
        const next = JSON.parse(new TextDecoder().decode(file.content));
        entry ??= { ...next, languages: {} };
        if (
          JSON.stringify(next.version) !== JSON.stringify(entry.version) ||
          JSON.stringify(next.include_characters) !== JSON.stringify(entry.include_characters)
        )
          throw new Error('the bundles of two languages were made by different Pagefind versions or settings');
        for (const [language, index] of Object.entries(next.languages ?? {})) {
          if (language in entry.languages) throw new Error(`two bundles index the language "${language}"`);
          entry.languages[language] = index;
        }
        continue;
      }
      const known = files.get(file.path);
      if (known && Buffer.compare(known, file.content) !== 0)
        throw new Error(`two languages' bundles have different files at ${file.path}`);
      files.set(file.path, file.content);
    }
  }
  if (!entry) return [];
  const languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1)));
  const json = JSON.stringify({ ...entry, languages });
  return [
    { path: 'pagefind-entry.json', content: new TextEncoder().encode(json) },
    ...[...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, content]) => ({ path: file, content })),
  ];
}

/**
 * The search files of one Pagefind run over `pages` (below outDir, all of one language): linked into a
 * folder of their own beside outDir, so Pagefind reads them from disk at the same addresses.
 * @param {string} outDir @param {readonly string[]} pages @param {string} folder
 * @returns {Promise<{ path: string, content: Uint8Array }[]>}
 */
async function indexLanguage(outDir, pages, folder) {
  rmSync(folder, { recursive: true, force: true });
  for (const page of pages) {
    mkdirSync(path.dirname(path.join(folder, page)), { recursive: true });
    linkSync(path.join(outDir, page), path.join(folder, page));
  }
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: folder, glob: SEARCHED_PAGES });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(fileErrors.join('; '));
    return files
      .map((file) => ({ path: file.path.split(path.sep).join('/'), content: file.content }))
      .filter((file) => isSearchFile(file.path));
  } finally {
    // Ends Pagefind's process, and with it the memory of this language's index.
    await pagefind.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The files of one language in a search bundle: those named by the language (its metadata, word index,
 * fragments and filters), its WebAssembly, and what every Pagefind run writes (its script and the
 * WebAssembly of languages without a stemmer). With an entry listing only the language, they are the
 * bundle a Pagefind run over that language's pages writes.
 * @param {readonly string[]} files paths inside the bundle @param {string} language
 * @param {string | null} wasm the language's WebAssembly, as the entry names it
 * @returns {string[]}
 */
export function languageFiles(files, language, wasm) {
  const named = new RegExp(
    `^(pagefind\\.|(index|fragment|filter)/)${language.replace(/[^\w]/g, '\\$&')}_\\w+\\.pf_\\w+$`,
  );
  const shared = ['pagefind.js', 'wasm.unknown.pagefind', ...(wasm ? [`wasm.${wasm}.pagefind`] : [])];
  return files.filter((file) => shared.includes(file) || named.test(file));
}

/**
 * The published site's bundle of `language`, when it indexes exactly `pages`: the published index had
 * as many pages of the language, and each of `pages` is the published page itself (linked from the
 * published site, so the same bytes, the same language). Pagefind writes the same files for the same
 * pages, so these are what indexing them again would write.
 * @param {string} publishedDir @param {string} language @param {readonly string[]} pages
 * @param {ReadonlySet<string>} publishedPages the pages of this site linked from the published one
 * @returns {{ path: string, content: Uint8Array }[] | undefined}
 */
function publishedLanguage(publishedDir, language, pages, publishedPages) {
  const bundle = path.join(publishedDir, SEARCH_DIR);
  const entryFile = path.join(bundle, 'pagefind-entry.json');
  if (!existsSync(entryFile) || !pages.every((page) => publishedPages.has(page))) return undefined;
  // A published bundle of another Pagefind is never taken: its version is in package-lock.json, part of
  // the site key, so no page of a site built with it is reused either.
  /** @type {{ version?: string, languages?: Record<string, { wasm: string | null, page_count: number }> }} */
  const entry = JSON.parse(readFileSync(entryFile, 'utf8'));
  const index = entry.languages?.[language];
  if (!index || index.page_count !== pages.length) return undefined;
  const listed = readdirSync(bundle, { recursive: true, encoding: 'utf8' }).map((file) =>
    file.split(path.sep).join('/'),
  );
  const content = new TextEncoder().encode(JSON.stringify({ ...entry, languages: { [language]: index } }));
  return [
    { path: 'pagefind-entry.json', content },
    ...languageFiles(listed, language, index.wasm).map((file) => ({
      path: file,
      content: readFileSync(path.join(bundle, file)),
    })),
  ];
}

/**
 * Indexes the finished pages in `outDir` with Pagefind (one index per `<html lang>`, only what
 * search-marks.mjs marked, among the pages SEARCHED_PAGES matches) and writes the files the search page
 * needs into `outDir/pagefind/`. Each language is indexed by a Pagefind process of its own, one after
 * the other: Pagefind holds an index in memory until it writes it (about 0.24 MiB an article), and a
 * reader's search reads only its edition's language, so the bundles combined are the bundle one process
 * over all pages writes, file for file, in a third of the memory. With `published` (the published site's
 * folder, and the pages of this site linked from it), a language whose pages are all the published ones
 * takes the published site's files instead of indexing them again: a correction indexes its own
 * language only.
 * Throws when a page to index lies elsewhere, when Pagefind reports an
 * error or indexes another number of pages than the `searchable` ones the build marked (Pagefind indexes
 * every page when none is marked, and the site's words would then be found on every list).
 * @param {string} outDir
 * @param {readonly string[]} searchable the pages that carry `data-pagefind-body`, below outDir
 * @param {{ dir: string, pages: ReadonlySet<string> }} [published]
 * @returns {Promise<{ pages: number, bytes: number, indexed: string[], taken: string[] }>} `indexed`
 *   the languages indexed, `taken` those taken from the published site
 */
export async function writeSearchIndex(outDir, searchable, published) {
  const elsewhere = searchable.filter((page) => !/^news\/[^/]+\/index\.html$/.test(page));
  if (elsewhere.length > 0)
    throw new Error(`Search index: ${elsewhere.join(', ')} lie outside ${SEARCHED_PAGES}, the pages Pagefind reads`);
  const articles = searchable.length;
  try {
    // Beside the site being built (linked files need one file system); an interrupted build's is removed by the next.
    const folder = `${outDir}.search`;
    /** @type {{ path: string, content: Uint8Array }[][]} */
    const bundles = [];
    /** @type {string[]} */
    const indexedLanguages = [];
    /** @type {string[]} */
    const taken = [];
    for (const [language, pages] of byLanguage(outDir, searchable)) {
      const publishedBundle = published && publishedLanguage(published.dir, language, pages, published.pages);
      if (publishedBundle) taken.push(language);
      else indexedLanguages.push(language);
      bundles.push(publishedBundle ?? (await indexLanguage(outDir, pages, folder)));
    }
    const files = combineBundles(bundles);
    const entry = files.find((file) => file.path === 'pagefind-entry.json');
    const indexed = entry ? indexedPages(new TextDecoder().decode(entry.content)) : 0;
    if (indexed !== articles) {
      throw new Error(`Pagefind indexed ${indexed} pages, not the ${articles} articles: see search-marks.mjs`);
    }
    let bytes = 0;
    for (const file of files) {
      const target = path.join(outDir, SEARCH_DIR, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      bytes += file.content.byteLength;
    }
    return { pages: indexed, bytes, indexed: indexedLanguages, taken };
  } catch (error) {
    throw new Error(`Search index: ${error instanceof Error ? error.message : error}`);
  }
}
