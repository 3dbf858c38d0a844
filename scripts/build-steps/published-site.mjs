// @ts-check
// The site a build replaces is its cache: a page whose key is what it was (lib/build/page-reuse.ts) is
// taken from the published folder as it is, linked into the new site rather than copied (a hard link:
// no bytes written, and the published file is never changed, since every build writes new files). What
// the finish step learnt of each page (its style and script hashes) is kept beside the site in its
// manifest (.site-build/<folder>.pages.json), so a reused page counts in the new security policy too.
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
 * @returns {[string, PageFacts][]} page (below out/) → its facts
 */
export function linkReusedPages(outDir, publishedDir, plan, manifest) {
  /** @type {[string, PageFacts][]} */
  const facts = [];
  for (const name of plan.reused) {
    const published = manifest?.pages[name];
    if (!published) throw new Error(`the published site's manifest has no entry for ${name}, which the plan reuses`);
    for (const file of published.files) {
      const to = path.join(outDir, file);
      mkdirSync(path.dirname(to), { recursive: true });
      rmSync(to, { force: true });
      linkSync(path.join(publishedDir, file), to);
    }
    facts.push(...Object.entries(published.facts));
  }
  return facts;
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
 * place, the old one removed. Two renames on one file system: a reader or server sees the old site or
 * the new one, whole. `asideDir` holds the old site for the moment between (recoverSite puts it back
 * after an interrupted build).
 * @param {string} siteDir @param {string} nextDir @param {string} asideDir
 */
export function swapSite(siteDir, nextDir, asideDir) {
  rmSync(asideDir, { recursive: true, force: true });
  if (existsSync(siteDir)) renameSync(siteDir, asideDir);
  renameSync(nextDir, siteDir);
  rmSync(asideDir, { recursive: true, force: true });
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
