// @ts-check
// What a build of the site was made from, recorded beside the project (.site-build/<folder>.json), so
// `npm start` rebuilds whenever any input changed and tests know the settings the site was built with.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Everything in the project that a build reads, besides the articles (CONTENT_DIR) and the settings. */
export const BUILD_INPUTS = [
  'app',
  'client',
  'components',
  'lib',
  'public',
  'scripts',
  'next.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

/**
 * The input a build reads that is no file: the Intl data every date, plural, list and sort of the pages
 * comes from (Node.js's ICU, with its Unicode, CLDR and time zone data). Recorded beside the files under
 * this name, so a Node.js with other data rebuilds, and a page cached under other data is not reused.
 */
export const INTL_INPUT = 'Node.js’s ICU (Intl: dates, plurals, sorting)';

/**
 * The versions of the Intl data of `versions` (this Node.js's by default).
 * @param {Readonly<Record<string, string | undefined>>} [versions] @returns {string}
 */
export function intlRuntime(versions = process.versions) {
  return `icu ${versions.icu}, unicode ${versions.unicode}, cldr ${versions.cldr}, tz ${versions.tz}`;
}

/** The files `next build` and `next dev` load settings from (@next/env), in any of their modes. */
const NEXT_ENV_FILES = [
  '.env',
  '.env.local',
  ...['development', 'production', 'test'].flatMap((mode) => [`.env.${mode}`, `.env.${mode}.local`]),
];

/**
 * Why the project at `root` cannot be built as it is, or '': a `.env` file Next would load. Next reads
 * settings from it that `npm run check` (which validates them and records them for `npm start` and the
 * tests) never sees, so the site would be built with other settings than were checked. Settings come
 * from the environment only.
 * @param {string} root @returns {string}
 */
export function envFilesProblem(root) {
  const found = NEXT_ENV_FILES.filter((name) => existsSync(path.join(root, name)));
  if (found.length === 0) return '';
  const these = found.length === 1 ? 'this file' : 'these files';
  const files = found.length === 1 ? 'file' : 'files';
  return `${found.join(', ')}: next build would read settings from ${these}, which npm run check and npm start do not read, so the site would be built with other settings than were checked; set the variables in the environment instead (e.g. SITE_URL=https://news.example.org npm run build) and delete or rename the ${files}`;
}

/** What the build itself writes into public/ (derived photos, QR codes, security.txt, live stories' files, a split sitemap's parts): outputs, not inputs. */
const GENERATED = new Set(['public/images', 'public/qr', 'public/.well-known', 'public/news', 'public/sitemaps']);

/**
 * The settings a build used, already validated, as the environment variables that set them.
 * @typedef {{ SITE_URL: string, SITE_NAME: string, LIST_PAGE_SIZE: string, LIVE_PAGE_SIZE: string, CONTENT_DIR: string, IMAGE_SERVICE?: string, THUMBOR_URL?: string }} BuildSettings
 */

/**
 * @typedef {object} BuildRecord
 * @property {BuildSettings} settings
 * @property {Record<string, string>} files every input file (relative path) and the SHA-256 of its bytes
 * @property {string | null} nextRelease when the next embargoed article is due, if any
 * @property {BuildWork} [work] what the build made afresh and what it reused from its caches
 */

/**
 * @typedef {object} BuildWork
 * @property {{ rendered: string[], reused: string[] }} shareImages the share images drawn, and those copied from the cache
 * @property {{ rendered: string[], reused: string[] }} [pages] the pages (paths) Next rendered, and those copied from the page cache
 */

/**
 * Where a build of outDir lists its pages: the page table as the build planned it (lib/build/reuse-plan.ts),
 * every page's path, kind, route, key, files and whether the sitemap lists it, and which were reused.
 * @param {string} root @param {string} outDir the folder the site was built into @returns {string}
 */
export function planFile(root, outDir) {
  return path.join(root, '.site-build', `${path.basename(outDir)}.pages.json`);
}

/**
 * Where a build of outDir lists the addresses whose bytes it changed (added, changed or removed), one
 * absolute URL a line: what a deploy step purges from a CDN.
 * @param {string} root @param {string} outDir @returns {string}
 */
export function changedUrlsFile(root, outDir) {
  return path.join(root, '.site-build', `${path.basename(outDir)}.changed.txt`);
}

/** @param {string} root @param {string} outDir @returns {string} where the record of the build of outDir is */
export function recordFile(root, outDir) {
  return path.join(root, '.site-build', `${path.basename(outDir)}.json`);
}

/**
 * Every input file of a build and the hash of its content: content, not modification times, so a
 * checkout or copy that keeps old times still counts as a change. With them, the Intl data (INTL_INPUT).
 * @param {string} root @param {string} contentDir relative to root @param {string} [intl] intlRuntime()
 * @returns {Record<string, string>}
 */
export function inputFiles(root, contentDir, intl = intlRuntime()) {
  return { ...hashFiles(root, [...BUILD_INPUTS, contentDir]), [INTL_INPUT]: intl };
}

/**
 * The code's files, without the articles, and the Intl data: what renders the pages, and what the page
 * cache (lib/build/page-reuse.ts) keys every page on.
 * @param {string} root @param {string} [intl] intlRuntime() @returns {Record<string, string>}
 */
export function codeFiles(root, intl = intlRuntime()) {
  return { ...hashFiles(root, BUILD_INPUTS), [INTL_INPUT]: intl };
}

/** @param {string} root @param {string[]} inputs @returns {Record<string, string>} */
function hashFiles(root, inputs) {
  /** @type {Record<string, string>} */
  const files = {};
  const walk = (/** @type {string} */ relative) => {
    const full = path.join(root, relative);
    if (!existsSync(full) || GENERATED.has(relative)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) if (!name.startsWith('.')) walk(path.posix.join(relative, name));
    } else {
      files[relative] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  for (const input of inputs) walk(input);
  return files;
}

/**
 * Records what the build in `outDir` was made from.
 * @param {string} root @param {string} outDir @param {BuildSettings} settings
 * @param {{ nextRelease: string | null, work?: BuildWork }} info
 */
export function recordBuild(root, outDir, settings, { nextRelease, work }) {
  /** @type {BuildRecord} */
  const record = { settings, files: inputFiles(root, settings.CONTENT_DIR), nextRelease, ...(work ? { work } : {}) };
  mkdirSync(path.dirname(recordFile(root, outDir)), { recursive: true });
  writeFileSync(recordFile(root, outDir), `${JSON.stringify(record, null, 2)}\n`);
}

/**
 * The record of the build in `outDir`, or undefined when there is none.
 * @param {string} root @param {string} outDir @returns {BuildRecord | undefined}
 */
export function readRecord(root, outDir) {
  const file = recordFile(root, outDir);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/**
 * Why the site in `outDir` must be built again before it is served, or '' when it is current: no
 * build yet, a setting changed, an input file or this Node.js's Intl data (`intl`) changed, a file
 * was added or removed, or an embargo lifted.
 * @param {string} root @param {string} outDir @param {BuildSettings} settings @param {number} now
 * @param {string} [intl] intlRuntime()
 * @returns {string}
 */
export function whyBuild(root, outDir, settings, now, intl = intlRuntime()) {
  const record = readRecord(root, outDir);
  if (!existsSync(path.join(outDir, 'index.html')) || !record) return 'no build yet';
  for (const [name, value] of Object.entries(settings)) {
    if (record.settings[/** @type {keyof BuildSettings} */ (name)] !== value) return `${name} changed to ${value}`;
  }
  if (record.nextRelease && Date.parse(record.nextRelease) <= now) return `an embargo lifted at ${record.nextRelease}`;
  const files = inputFiles(root, settings.CONTENT_DIR, intl);
  const changed = Object.keys(files).find((file) => record.files[file] !== files[file]);
  if (changed) return `${changed} changed since the last build`;
  const removed = Object.keys(record.files).find((file) => !(file in files));
  return removed ? `${removed} was removed since the last build` : '';
}
