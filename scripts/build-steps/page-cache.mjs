// @ts-check
// The finished pages of the page table, kept from one build to the next in .cache/pages/<site>/ (the plan
// of what to reuse is lib/build/page-reuse.ts's): the finish step copies the reused ones into out/ beside
// the pages Next rendered, then files this build's rendered ones.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * @typedef {import('../../lib/build/page-reuse').PageFacts} PageFacts
 * @typedef {import('../../lib/build/page-reuse').PageCacheManifest} PageCacheManifest
 * @typedef {import('../../lib/build/reuse-plan').ReusePlan} ReusePlan
 */

const MANIFEST = 'manifest.json';

/** @param {string} cacheDir @param {string} file a path below out/ @returns {string} where the cache keeps it */
export function cachedFile(cacheDir, file) {
  return path.join(cacheDir, 'files', file);
}

/** @param {string} cacheDir @returns {PageCacheManifest | undefined} what the last build left, if anything */
export function readPageCache(cacheDir) {
  const file = path.join(cacheDir, MANIFEST);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/**
 * Copies the reused pages' files from the cache into `outDir` and returns what the finish step knew of
 * each of them when it made them.
 * @param {string} outDir @param {string} cacheDir @param {ReusePlan} plan
 * @returns {[string, PageFacts][]} page (below out/) → its facts
 */
export function restoreReusedPages(outDir, cacheDir, plan) {
  const manifest = readPageCache(cacheDir);
  /** @type {[string, PageFacts][]} */
  const facts = [];
  for (const name of plan.reused) {
    const cached = manifest?.pages[name];
    if (!cached) throw new Error(`the page cache has no entry for ${name}, which the plan reuses`);
    for (const file of cached.files) {
      mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      copyFileSync(cachedFile(cacheDir, file), path.join(outDir, file));
    }
    facts.push(...Object.entries(cached.facts));
  }
  return facts;
}

/**
 * Files every page this build rendered into the cache and writes the manifest for the next build: the
 * reused entries as they were, the rendered ones new, the others' files removed. When the site key
 * changed, nothing of the last build's is kept.
 * @param {string} outDir @param {string} cacheDir @param {ReusePlan} plan
 * @param {Map<string, PageFacts>} facts every page's facts, by its path below out/
 * @returns {{ stored: number, kept: number }} pages filed now, and kept from before
 */
export function storeRenderedPages(outDir, cacheDir, plan, facts) {
  const previous = readPageCache(cacheDir);
  const sameSite = previous?.siteKey === plan.siteKey && previous?.version === plan.version;
  if (!sameSite) rmSync(cacheDir, { recursive: true, force: true });
  let stored = 0;
  let kept = 0;
  const reused = new Set(plan.reused);
  /** @type {Record<string, import('../../lib/build/page-reuse').CachedPages>} */
  const pages = {};
  for (const [name, { key, files }] of Object.entries(plan.pages)) {
    const earlier = sameSite && reused.has(name) ? previous?.pages[name] : undefined;
    if (earlier) {
      pages[name] = earlier;
      kept += 1;
      continue;
    }
    // A page the finish step did not see was not made by this build: better rendered again than guessed.
    if (!files.every((f) => existsSync(path.join(outDir, f)) && (!f.endsWith('.html') || facts.has(f)))) continue;
    for (const f of files) {
      mkdirSync(path.dirname(cachedFile(cacheDir, f)), { recursive: true });
      copyFileSync(path.join(outDir, f), cachedFile(cacheDir, f));
    }
    const pageFacts = files.filter((f) => facts.has(f)).map((f) => [f, facts.get(f)]);
    pages[name] = { key, files, facts: Object.fromEntries(pageFacts) };
    stored += 1;
  }
  // Files of pages no longer published, or filed under other names now, leave the cache.
  if (sameSite) {
    const wanted = new Set(Object.values(pages).flatMap(({ files }) => files));
    for (const entry of Object.values(previous?.pages ?? {}))
      for (const f of entry.files) if (!wanted.has(f)) rmSync(cachedFile(cacheDir, f), { force: true });
  }
  mkdirSync(cacheDir, { recursive: true });
  /** @type {PageCacheManifest} */
  const manifest = { version: plan.version, siteKey: plan.siteKey, pages };
  writeFileSync(path.join(cacheDir, MANIFEST), JSON.stringify(manifest));
  return { stored, kept };
}
