// @ts-check
// `node scripts/measure-search.mjs`: what search costs, for BENCHMARKS.md (its Search section). Needs the fixture site
// (`npm run build:fixtures`). Prints (1) the bytes the search page downloads for one-word queries on
// the fixture site, as served (gzip), and (2) the size of Pagefind's index for 1,000 articles shaped
// like ours (the fixture seed article's finished page, search marks included): copies of the seed as
// bench.mjs generates them, and varied text (500 made-up words each from a 30,000-word Zipf vocabulary).
// Figures, not tests: nothing here is asserted.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import * as pagefind from 'pagefind';
import { isSearchFile } from './build-steps/search-index.mjs';
import { listen } from './site-server.mjs';

const root = path.resolve(import.meta.dirname, '..');
const site = path.join(root, 'out-fixtures');
// SEARCH_ARTICLES=10000 measures the index, and a search in Chromium, at ten thousand articles.
const ARTICLES = Number(process.env.SEARCH_ARTICLES ?? 1000);

// 1. One-word searches on the fixture site.
const { server, origin } = await listen(site, 0);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium' });
for (const query of ['counterproductive', 'Belarus']) {
  const page = await browser.newPage();
  /** @type {Promise<[string, number]>[]} */
  const sizes = [];
  page.on('requestfinished', (request) =>
    sizes.push(request.sizes().then((s) => [new URL(request.url()).pathname, s.responseBodySize])),
  );
  await page.goto(`${origin}/search/?q=${query}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => /found/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
  const status = await page.getByRole('status').innerText();
  const files = await Promise.all(sizes);
  const total = files.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(`"${query}" (${status}): ${total} bytes in ${files.length} responses`);
  for (const [file, bytes] of files) console.log(`  ${file} ${bytes}`);
  await page.close();
}
await browser.close();
server.close();

// 2. The index at 1,000 articles.
const template = readFileSync(
  path.join(site, 'news/russia-once-again-speaks-about-nato-threat-for-russia-and-belarus/index.html'),
  'utf8',
);
const headline = 'Russia once again speaks about NATO threat for Russia and Belarus';
let seed = 1;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'ze', 'po', 'dra', 'bel', 'min', 'sk', 'or'];
const vocabulary = Array.from({ length: 30_000 }, (_, i) => {
  let word = '';
  for (let n = i + 7; n > 0; n = Math.floor(n / syllables.length)) word += syllables[n % syllables.length];
  return word;
});
/** @type {number[]} */
const cumulative = [];
let acc = 0;
vocabulary.forEach((_, i) => (cumulative[i] = acc += 1 / (i + 1)));
const word = () => {
  const r = random() * acc;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) < r) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo];
};
const sentence = (/** @type {number} */ words) => `${Array.from({ length: words }, word).join(' ')}.`;

/**
 * @param {string} label @param {(i: number) => string} page
 * @param {string} [query] when given, the index is served with the fixture site's search page and
 * searched in Chromium for this word: the bytes a reader downloads and the time to the first result.
 */
async function indexSize(label, page, query) {
  const started = performance.now();
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  for (let i = 1; i <= ARTICLES; i += 1) await index.addHTMLFile({ url: `/news/a-${i}/`, content: page(i) });
  const files = (await index.getFiles()).files.filter((file) => isSearchFile(file.path));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const bytes = (/** @type {RegExp} */ pattern) =>
    files.filter((f) => pattern.test(f.path)).reduce((sum, f) => sum + f.content.byteLength, 0);
  console.log(
    `${label}: index ${bytes(/^index\//)} bytes in ${files.filter((f) => f.path.startsWith('index/')).length} chunks, ` +
      `fragments ${bytes(/^fragment\//)}, metadata ${bytes(/pf_meta$/)}; with pagefind.js and WebAssembly ${bytes(/./)}; ` +
      `${files.length} files, indexed in ${seconds} s`,
  );
  if (query) await searchIn(files, query);
  await index.deleteIndex();
}

/**
 * Serves a copy of the fixture site with `files` as its index and searches for `query` on /search/ in
 * Chromium, from a cold cache: every byte the search downloads (page included) and the milliseconds from
 * the start of navigation to the first result on screen.
 * @param {{ path: string, content: Uint8Array }[]} files @param {string} query
 */
async function searchIn(files, query) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'search-scale-'));
  cpSync(site, dir, { recursive: true });
  rmSync(path.join(dir, 'pagefind'), { recursive: true, force: true });
  for (const file of files) {
    const target = path.join(dir, 'pagefind', file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  const served = await listen(dir, 0);
  const searchBrowser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium' });
  const page = await searchBrowser.newPage();
  /** @type {Promise<number>[]} */
  const sizes = [];
  page.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize)));
  await page.goto(`${served.origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.search-result', { timeout: 60_000 });
  const ms = await page.evaluate(() => Math.round(performance.now()));
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
  const status = await page.getByRole('status').innerText();
  console.log(`  search "${query}" (${status}): first result ${ms} ms after navigation, ${bytes} bytes downloaded`);
  await searchBrowser.close();
  served.server.close();
  rmSync(dir, { recursive: true, force: true });
}
// SEARCH_VARIED_ONLY=1 leaves out the copies of the seed (at 100,000 articles, each index takes minutes).
if (!process.env.SEARCH_VARIED_ONLY)
  await indexSize(`${ARTICLES} copies of the seed`, (i) => template.replaceAll(headline, `${headline} (${i})`));
await indexSize(
  `${ARTICLES} varied articles`,
  () =>
    template
      .replace(
        /(<div class="article-body"[^>]*>)[\s\S]*?<\/div><footer/,
        (_, open) => `${open}${Array.from({ length: 10 }, () => `<p>${sentence(50)}</p>`).join('')}</div><footer`,
      )
      .replaceAll(headline, sentence(10)),
  // A word of middling frequency in the made-up vocabulary: in a few hundred articles, as a name would be.
  vocabulary[300],
);
await pagefind.close();
