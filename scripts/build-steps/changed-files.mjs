// @ts-check
// What a build changed, file by file, between the published site and the one replacing it: what a CDN
// must purge or a deploy must upload. An unchanged page was linked from the published site (the same
// file, so no bytes to compare); a page rendered again counts only when its bytes differ.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The files (below the site, with forward slashes) that `nextDir` adds, changes or removes compared with
 * `publishedDir` (which may not exist yet: then every file is added), each list sorted. The files in
 * `linked` are the published ones, linked in: the same, with nothing to compare.
 * @param {string} publishedDir @param {string} nextDir @param {ReadonlySet<string>} [linked]
 * @returns {{ added: string[], changed: string[], removed: string[] }}
 */
export function changedFiles(publishedDir, nextDir, linked = new Set()) {
  const before = new Set(existsSync(publishedDir) ? filesBelow(publishedDir) : []);
  /** @type {string[]} */
  const added = [];
  /** @type {string[]} */
  const changed = [];
  for (const file of filesBelow(nextDir)) {
    if (!before.delete(file)) {
      added.push(file);
      continue;
    }
    if (linked.has(file)) continue;
    const [old, now] = [path.join(publishedDir, file), path.join(nextDir, file)];
    const [oldStat, nowStat] = [statSync(old), statSync(now)];
    if (oldStat.ino === nowStat.ino && oldStat.dev === nowStat.dev) continue;
    if (oldStat.size !== nowStat.size || !readFileSync(old).equals(readFileSync(now))) changed.push(file);
  }
  return { added: added.sort(), changed: changed.sort(), removed: [...before].sort() };
}

/**
 * The addresses readers use for `files`: a page's folder (`news/x/index.html` is `/news/x/`), any other
 * file its own path, absolute on `siteUrl`.
 * @param {readonly string[]} files @param {string} siteUrl @returns {string[]}
 */
export function toUrls(files, siteUrl) {
  return files.map((file) => new URL(`/${file.replace(/(^|\/)index\.html$/, '$1')}`, siteUrl).href);
}

/** @param {string} dir @param {string} [prefix] @returns {string[]} every file below dir, relative, with forward slashes */
export function filesBelow(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const file = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesBelow(dir, file) : [file];
  });
}
