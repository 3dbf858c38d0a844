// @ts-check
// Puts the shards of a site built on several machines (`npm run build -- --shard K/N`, each into its own
// folder) together into one site: every shard's files side by side, then what spans them all, the search
// index and the headers (finish-site.mjs), as a build of the whole site makes them. Refused, each by
// name: a shard that failed, a folder that is no shard, a shard given twice or missing, shards built
// from other code, settings or content than the rest, and two shards with different bytes at one path.
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { filesBelow } from './changed-files.mjs';

/** The record a shard's build writes into its folder: which shard it is and what it was made from. */
export const SHARD_RECORD = '_shard.json';

/**
 * @typedef {object} ShardRecord
 * @property {string} shard `3/8`
 * @property {string} commit the project's commit when it was built
 * @property {number} version the way page keys are made (PAGE_CACHE_VERSION)
 * @property {string} siteKey the code and settings it was built with (lib/build/page-reuse.ts)
 * @property {string} outputsKey every page of the whole site and what it shows
 * @property {string} siteUrl @property {string} [imageOrigin]
 * @property {Record<string, import('../../lib/build/page-reuse').PublishedPage>} pages its own pages
 * @typedef {{ folder: string, record: ShardRecord }} Shard a shard's folder and its record
 */

/** @param {string} folder a shard's folder @returns {string} where its build says why it failed */
export const failureFile = (folder) => `${folder.replace(/[/\\]+$/, '')}.failed.txt`;

/**
 * Reads each shard folder's record. Throws one message naming every folder that failed (with its
 * error) or holds no shard.
 * @param {readonly string[]} folders @returns {Shard[]}
 */
export function readShards(folders) {
  if (folders.length === 0)
    throw new Error(
      'No shard folders given: npm run build:merge -- shards/1-of-3 shards/2-of-3 shards/3-of-3 (the folders npm run build -- --shard K/N wrote)',
    );
  /** @type {string[]} */
  const problems = [];
  /** @type {Shard[]} */
  const shards = [];
  for (const folder of folders) {
    const failed = failureFile(folder);
    const recordFile = path.join(folder, SHARD_RECORD);
    if (existsSync(failed)) problems.push(`${folder}: this shard failed.\n${readFileSync(failed, 'utf8').trimEnd()}`);
    else if (!existsSync(folder))
      problems.push(
        `${folder}: no such folder; its shard did not run, or stopped before it could say why (on CI, see that shard's job)`,
      );
    else if (!existsSync(recordFile))
      problems.push(
        `${folder}: not a shard's folder (it has no ${SHARD_RECORD}); give the folders npm run build -- --shard K/N wrote, e.g. shards/1-of-3`,
      );
    else shards.push({ folder, record: JSON.parse(readFileSync(recordFile, 'utf8')) });
  }
  if (problems.length > 0) throw new Error(`Cannot merge:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return shards;
}

/**
 * Why `shards` are not one whole site, each problem naming the folders: shards of different counts,
 * a shard given twice, a shard missing, or shards built from other code or settings (their commits
 * named) or other content than the first.
 * @param {readonly Shard[]} shards @returns {string[]}
 */
export function shardProblems(shards) {
  const [first] = shards;
  if (!first) return [];
  const counts = new Set(shards.map(({ record }) => record.shard.split('/')[1]));
  if (counts.size > 1)
    return [
      `the shards are of different builds: ${shards.map(({ folder, record }) => `${folder} is ${record.shard}`).join(', ')}; merge the N shards of one build`,
    ];
  const count = Number([...counts][0]);
  /** @type {string[]} */
  const problems = [];
  /** @type {Map<string, string>} */
  const seen = new Map();
  for (const { folder, record } of shards) {
    const twice = seen.get(record.shard);
    if (twice) problems.push(`shard ${record.shard} is given twice: ${twice} and ${folder}; give each shard once`);
    seen.set(record.shard, folder);
  }
  for (let index = 1; index <= count; index += 1)
    if (!seen.has(`${index}/${count}`))
      problems.push(
        `shard ${index}/${count} is missing; build it with npm run build -- --shard ${index}/${count} and give its folder too`,
      );
  const named = (/** @type {Shard} */ { folder, record }) =>
    `${folder} (shard ${record.shard}, commit ${record.commit})`;
  for (const shard of shards.slice(1)) {
    if (shard.record.siteKey !== first.record.siteKey || shard.record.siteUrl !== first.record.siteUrl)
      problems.push(
        `${named(first)} and ${named(shard)} were built from different code or settings; build every shard from one commit with the same settings`,
      );
    else if (shard.record.outputsKey !== first.record.outputsKey)
      problems.push(
        `${named(first)} and ${named(shard)} were built from different content; build every shard from the same articles and BUILD_TIME`,
      );
  }
  return problems;
}

/**
 * Links (or, across file systems, copies) every file of every shard into `outDir`, the shards' records
 * left out. A path two shards both wrote must hold the same bytes in both (the feeds and sitemaps every
 * shard writes, public/): otherwise refused, naming the path and both shards. Returns the site's files.
 * @param {readonly Shard[]} shards @param {string} outDir @returns {string[]} below outDir, with forward slashes
 */
export function assembleShards(shards, outDir) {
  /** @type {Map<string, string>} each file's first shard folder */
  const owner = new Map();
  /** @type {string[]} */
  const conflicts = [];
  const made = new Set();
  for (const { folder } of shards) {
    for (const file of filesBelow(folder)) {
      if (file === SHARD_RECORD) continue;
      const from = path.join(folder, file);
      const to = path.join(outDir, file);
      const earlier = owner.get(file);
      if (earlier) {
        if (!sameBytes(path.join(earlier, file), from)) conflicts.push(`${file}: ${earlier} and ${folder} differ`);
        continue;
      }
      owner.set(file, folder);
      const dir = path.dirname(to);
      if (!made.has(dir)) mkdirSync(dir, { recursive: true });
      made.add(dir);
      try {
        linkSync(from, to);
      } catch (error) {
        if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EXDEV') throw error;
        copyFileSync(from, to);
      }
    }
  }
  if (conflicts.length > 0)
    throw new Error(
      `Cannot merge: two shards wrote ${conflicts.length} path${conflicts.length === 1 ? '' : 's'} with different bytes:\n${conflicts
        .slice(0, 20)
        .map((line) => `  - ${line}`)
        .join('\n')}${conflicts.length > 20 ? `\n  … and ${conflicts.length - 20} more` : ''}`,
    );
  return [...owner.keys()];
}

/**
 * The pages of every shard as one site's manifest pages, each page once: throws naming a page two
 * shards both claim, or a page whose file no shard wrote.
 * @param {readonly Shard[]} shards @param {string} outDir the assembled site
 * @returns {Record<string, import('../../lib/build/page-reuse').PublishedPage>}
 */
export function mergedPages(shards, outDir) {
  /** @type {Record<string, import('../../lib/build/page-reuse').PublishedPage>} */
  const pages = {};
  /** @type {Map<string, string>} */
  const from = new Map();
  for (const { folder, record } of shards) {
    for (const [page, entry] of Object.entries(record.pages)) {
      const other = from.get(page);
      if (other) throw new Error(`Cannot merge: ${page} is a page of both ${other} and ${folder}`);
      from.set(page, folder);
      const missing = entry.files.find((file) => !existsSync(path.join(outDir, file)));
      if (missing) throw new Error(`Cannot merge: ${folder} lists the page ${page}, but wrote no ${missing}`);
      pages[page] = entry;
    }
  }
  return pages;
}

/** @param {string} a @param {string} b @returns {boolean} */
function sameBytes(a, b) {
  const [one, two] = [statSync(a), statSync(b)];
  if (one.ino === two.ino && one.dev === two.dev) return true;
  return one.size === two.size && readFileSync(a).equals(readFileSync(b));
}
