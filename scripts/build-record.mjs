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

/** What the build itself writes into public/ (derived photos, QR codes): outputs, not inputs. */
const GENERATED = new Set(['public/images', 'public/qr']);

/**
 * The settings a build used, already validated, as the environment variables that set them.
 * @typedef {{ SITE_URL: string, SITE_NAME: string, LIST_PAGE_SIZE: string, CONTENT_DIR: string, IMAGE_SERVICE?: string, THUMBOR_URL?: string }} BuildSettings
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
 * @property {{ rendered: string[], reused: string[] }} [articlePages] the articles (slugs) whose pages Next rendered, and those copied from the page cache
 * @property {{ rendered: string[], reused: string[] }} [listPages] the author, topic and older-articles list pages (addresses) Next rendered, and those copied from the page cache
 */

/** @param {string} root @param {string} outDir the folder the site was built into */
export function recordFile(root, outDir) {
  return path.join(root, '.site-build', `${path.basename(outDir)}.json`);
}

/**
 * Every input file of a build and the hash of its content: content, not modification times, so a
 * checkout or copy that keeps old times still counts as a change.
 * @param {string} root @param {string} contentDir relative to root
 * @returns {Record<string, string>}
 */
export function inputFiles(root, contentDir) {
  return hashFiles(root, [...BUILD_INPUTS, contentDir]);
}

/**
 * The code's files, without the articles: what renders the pages, and what the page cache
 * (lib/build/page-reuse.ts) keys every page on.
 * @param {string} root @returns {Record<string, string>}
 */
export function codeFiles(root) {
  return hashFiles(root, BUILD_INPUTS);
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
 * build yet, a setting changed, an input file changed, was added or removed, or an embargo lifted.
 * @param {string} root @param {string} outDir @param {BuildSettings} settings @param {number} now
 * @returns {string}
 */
export function whyBuild(root, outDir, settings, now) {
  const record = readRecord(root, outDir);
  if (!existsSync(path.join(outDir, 'index.html')) || !record) return 'no build yet';
  for (const [name, value] of Object.entries(settings)) {
    if (record.settings[/** @type {keyof BuildSettings} */ (name)] !== value) return `${name} changed to ${value}`;
  }
  if (record.nextRelease && Date.parse(record.nextRelease) <= now) return `an embargo lifted at ${record.nextRelease}`;
  const files = inputFiles(root, settings.CONTENT_DIR);
  const changed = Object.keys(files).find((file) => record.files[file] !== files[file]);
  if (changed) return `${changed} changed since the last build`;
  const removed = Object.keys(record.files).find((file) => !(file in files));
  return removed ? `${removed} was removed since the last build` : '';
}
