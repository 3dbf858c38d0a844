// @ts-check
// The site a build replaces is its cache: a page whose key is what it was (lib/build/page-reuse.ts) is
// taken from the published folder as it is, linked into the new site rather than copied (a hard link:
// no bytes written, and the published file is never changed, since every build writes new files). What
// the finish step learnt of each page (its style and script hashes) is kept beside the site in its
// manifest (.site-build/<folder>.pages.json), so a reused page counts in the new security policy too.
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * @typedef {import('../../lib/build/page-reuse').PageFacts} PageFacts
 * @typedef {import('../../lib/build/page-reuse').SiteManifest} SiteManifest
 * @typedef {import('../../lib/build/reuse-plan').ReusePlan} ReusePlan
 */

/** @param {string} file the manifest's path @returns {SiteManifest | undefined} what the published site was made of, if known */
export function readManifest(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/**
 * Writes `manifest` to `file` under a temporary name first, so an interrupted write leaves the old one.
 * @param {string} file @param {SiteManifest} manifest
 */
export function writeManifest(file, manifest) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.partial`, JSON.stringify(manifest));
  renameSync(`${file}.partial`, file);
}

/**
 * Links every file of the pages the plan reuses from the published site into `outDir`, and returns
 * what the finish step knew of each of them when it made them. Throws, naming the page, when the
 * manifest or the published site lacks one: the plan reuses only pages both hold.
 * @param {string} outDir the new site @param {string} publishedDir @param {ReusePlan} plan
 * @param {SiteManifest | undefined} manifest the published site's
 * @returns {{ facts: [string, PageFacts][], linked: Set<string> }} page (below out/) → its facts, and
 *   the files linked (below out/)
 */
export function linkReusedPages(outDir, publishedDir, plan, manifest) {
  /** @type {[string, PageFacts][]} */
  const facts = [];
  /** @type {Set<string>} */
  const linked = new Set();
  // Tens of thousands of files at 10,000 articles: each folder is made once, not once per file.
  const made = new Set();
  for (const name of plan.reused) {
    const published = manifest?.pages[name];
    if (!published) throw new Error(`the published site's manifest has no entry for ${name}, which the plan reuses`);
    for (const file of published.files) {
      const to = path.join(outDir, file);
      const folder = path.dirname(to);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      try {
        linkSync(path.join(publishedDir, file), to);
      } catch (error) {
        if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
        rmSync(to);
        linkSync(path.join(publishedDir, file), to);
      }
      linked.add(file);
    }
    facts.push(...Object.entries(published.facts));
  }
  return { facts, linked };
}

/**
 * The manifest of the site this build makes: every page of the plan with its key, files and facts,
 * those of reused pages as the published manifest had them.
 * @param {ReusePlan} plan @param {SiteManifest | undefined} previous
 * @param {Map<string, PageFacts>} facts the facts of every page this build finished, by file below out/
 * @returns {SiteManifest}
 */
export function toManifest(plan, previous, facts) {
  const reused = new Set(plan.reused);
  /** @type {SiteManifest['pages']} */
  const pages = {};
  for (const [name, page] of Object.entries(plan.pages)) {
    const earlier = reused.has(name) ? previous?.pages[name]?.facts : undefined;
    /** @type {Record<string, PageFacts>} */
    const own = {};
    for (const file of page.files) {
      const known = facts.get(file);
      if (known) own[file] = known;
    }
    pages[name] = { ...page, facts: earlier ?? own };
  }
  return { version: plan.version, siteKey: plan.siteKey, outputsKey: plan.outputsKey, pages };
}

/**
 * Puts the site in `nextDir` where `siteDir` is: the old folder is moved aside, the new one into its
 * place. Two renames on one file system: a reader or server sees the old site or the new one, whole.
 * `asideDir` holds the old site for the moment between (recoverSite puts it back after an interrupted
 * build); then it goes to `trashDir`, which is emptied in the background (removeInBackground).
 * @param {string} siteDir @param {string} nextDir @param {string} asideDir @param {string} trashDir
 */
export function swapSite(siteDir, nextDir, asideDir, trashDir) {
  if (existsSync(asideDir)) throwAway(asideDir, trashDir);
  if (existsSync(siteDir)) renameSync(siteDir, asideDir);
  renameSync(nextDir, siteDir);
  if (existsSync(asideDir)) throwAway(asideDir, trashDir);
}

/**
 * Moves `dir` into `trashDir` (this build's own, on the same file system: a rename) under a name of its own.
 * @param {string} dir @param {string} trashDir
 */
export function throwAway(dir, trashDir) {
  mkdirSync(trashDir, { recursive: true });
  renameSync(dir, path.join(trashDir, `${path.basename(dir)}-${readdirSync(trashDir).length}`));
}

/**
 * Removes `dir` in a process of its own that outlives the build: the 50,000 files of a replaced
 * 10,000-article site take seconds to remove that readers need not wait for, since the new site is in
 * place already. (`rm -f` ignores what another removal of the same folder took meanwhile.)
 * @param {string} dir
 */
export function removeInBackground(dir) {
  if (!existsSync(dir)) return;
  spawn('rm', ['-rf', dir], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Removes in the background whatever earlier builds left in `trashRoot` (a build stopped before its
 * removal started, or one still running): each folder in it on its own, so this build's own trash
 * folder, made in it later, is never caught by a removal of the whole.
 * @param {string} trashRoot
 */
export function sweepTrash(trashRoot) {
  if (!existsSync(trashRoot)) return;
  for (const name of readdirSync(trashRoot)) removeInBackground(path.join(trashRoot, name));
}

/**
 * After a build stopped between swapSite's two renames, the published site is at `asideDir` and
 * nothing at `siteDir`: puts it back. Returns whether it did.
 * @param {string} siteDir @param {string} asideDir
 */
export function recoverSite(siteDir, asideDir) {
  if (existsSync(siteDir) || !existsSync(asideDir)) return false;
  renameSync(asideDir, siteDir);
  return true;
}
