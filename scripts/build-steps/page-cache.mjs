// @ts-check
// The finished pages of each article and list page (author, topic, older articles), kept from one build
// to the next in .cache/pages/<site>/ (the plan of what to reuse is lib/build/page-reuse.ts's): the finish
// step copies the reused ones into out/ beside the pages Next rendered, then files this build's rendered ones.
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
 * Copies the reused articles' and list pages' files from the cache into `outDir` and returns what the
 * finish step knew of each of their pages when it made them. A page this build rendered anyway (a route
 * must render at least one) keeps its fresh copy.
 * @param {string} outDir @param {string} cacheDir @param {ReusePlan} plan
 * @returns {[string, PageFacts][]} page (below out/) → its facts
 */
export function restoreReusedPages(outDir, cacheDir, plan) {
  const manifest = readPageCache(cacheDir);
  /** @type {[string, PageFacts][]} */
  const facts = [];
  const restore = (
    /** @type {Record<string, import('../../lib/build/page-reuse').CachedPages> | undefined} */ entries,
    /** @type {readonly string[]} */ names,
  ) => {
    for (const name of names) {
      const cached = entries?.[name];
      if (!cached) throw new Error(`the page cache has no entry for ${name}, which the plan reuses`);
      const files = cached.files.filter((file) => !existsSync(path.join(outDir, file)));
      for (const file of files) {
        mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
        copyFileSync(cachedFile(cacheDir, file), path.join(outDir, file));
      }
      const restored = new Set(files);
      facts.push(...Object.entries(cached.facts).filter(([file]) => restored.has(file)));
    }
  };
  restore(manifest?.articles, plan.reused);
  restore(manifest?.lists, plan.reusedLists);
  return facts;
}

/**
 * Files every article and list page this build rendered into the cache and writes the manifest for the
 * next build: the reused entries as they were, the rendered ones new, the others' files removed. When
 * the site key changed, nothing of the last build's is kept.
 * @param {string} outDir @param {string} cacheDir @param {ReusePlan} plan
 * @param {Map<string, PageFacts>} facts every page's facts, by its path below out/
 * @returns {{ stored: number, kept: number }} articles and list pages filed now, and kept from before
 */
export function storeRenderedPages(outDir, cacheDir, plan, facts) {
  const previous = readPageCache(cacheDir);
  const sameSite = previous?.siteKey === plan.siteKey && previous?.version === plan.version;
  if (!sameSite) rmSync(cacheDir, { recursive: true, force: true });
  let stored = 0;
  let kept = 0;
  /**
   * @param {ReusePlan['articles']} current @param {readonly string[]} reusedNames
   * @param {Record<string, import('../../lib/build/page-reuse').CachedPages> | undefined} before
   */
  const file = (current, reusedNames, before) => {
    const reused = new Set(reusedNames);
    /** @type {Record<string, import('../../lib/build/page-reuse').CachedPages>} */
    const entries = {};
    for (const [name, { key, files }] of Object.entries(current)) {
      const earlier = sameSite && reused.has(name) ? before?.[name] : undefined;
      if (earlier) {
        entries[name] = earlier;
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
      entries[name] = { key, files, facts: Object.fromEntries(pageFacts) };
      stored += 1;
    }
    return entries;
  };
  const articles = file(plan.articles, plan.reused, previous?.articles);
  const lists = file(plan.lists, plan.reusedLists, previous?.lists);
  // Files of articles and pages no longer published, or filed under other names now, leave the cache.
  if (sameSite) {
    const wanted = new Set([...Object.values(articles), ...Object.values(lists)].flatMap(({ files }) => files));
    for (const entry of [...Object.values(previous?.articles ?? {}), ...Object.values(previous?.lists ?? {})])
      for (const f of entry.files) if (!wanted.has(f)) rmSync(cachedFile(cacheDir, f), { force: true });
  }
  mkdirSync(cacheDir, { recursive: true });
  /** @type {PageCacheManifest} */
  const manifest = { version: plan.version, siteKey: plan.siteKey, articles, lists };
  writeFileSync(path.join(cacheDir, MANIFEST), JSON.stringify(manifest));
  return { stored, kept };
}
