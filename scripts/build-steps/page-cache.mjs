// @ts-check
// The finished pages of each article, kept from one build to the next in .cache/pages/<site>/ (the
// plan of what to reuse is lib/build/page-reuse.ts's): the finish step copies the reused articles'
// files into out/ beside the pages Next rendered, then files this build's rendered ones for the next.
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
 * Copies the reused articles' files from the cache into `outDir` and returns what the finish step knew
 * of each of their pages when it made them.
 * @param {string} outDir @param {string} cacheDir @param {ReusePlan} plan
 * @returns {[string, PageFacts][]} page (below out/) → its facts
 */
export function restoreReusedPages(outDir, cacheDir, plan) {
  const manifest = readPageCache(cacheDir);
  /** @type {[string, PageFacts][]} */
  const facts = [];
  for (const slug of plan.reused) {
    const cached = manifest?.articles[slug];
    if (!cached) throw new Error(`the page cache has no entry for ${slug}, which the plan reuses`);
    for (const file of cached.files) {
      mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      copyFileSync(cachedFile(cacheDir, file), path.join(outDir, file));
    }
    facts.push(...Object.entries(cached.facts));
  }
  return facts;
}

/**
 * Files every article this build rendered into the cache and writes the manifest for the next build:
 * the reused articles' entries as they were, the rendered ones' new, the others' files removed. When the
 * site key changed, nothing of the last build's is kept.
 * @param {string} outDir @param {string} cacheDir @param {ReusePlan} plan
 * @param {Map<string, PageFacts>} facts every page's facts, by its path below out/
 * @returns {{ stored: number, kept: number }} articles filed now, and kept from before
 */
export function storeRenderedPages(outDir, cacheDir, plan, facts) {
  const previous = readPageCache(cacheDir);
  const sameSite = previous?.siteKey === plan.siteKey;
  if (!sameSite) rmSync(cacheDir, { recursive: true, force: true });
  const reused = new Set(plan.reused);
  /** @type {PageCacheManifest['articles']} */
  const articles = {};
  let stored = 0;
  for (const [slug, { key, files }] of Object.entries(plan.articles)) {
    const kept = sameSite && reused.has(slug) ? previous?.articles[slug] : undefined;
    if (kept) {
      articles[slug] = kept;
      continue;
    }
    // A page the finish step did not see was not made by this build: better rendered again than guessed.
    if (!files.every((file) => existsSync(path.join(outDir, file)) && (!file.endsWith('.html') || facts.has(file))))
      continue;
    for (const file of files) {
      mkdirSync(path.dirname(cachedFile(cacheDir, file)), { recursive: true });
      copyFileSync(path.join(outDir, file), cachedFile(cacheDir, file));
    }
    const pageFacts = files.filter((file) => facts.has(file)).map((file) => [file, facts.get(file)]);
    articles[slug] = { key, files, facts: Object.fromEntries(pageFacts) };
    stored += 1;
  }
  // Files of articles no longer published, or filed under other names now, leave the cache.
  const wanted = new Set(Object.values(articles).flatMap(({ files }) => files));
  for (const entry of Object.values(previous?.articles ?? {}))
    for (const file of entry.files)
      if (sameSite && !wanted.has(file)) rmSync(cachedFile(cacheDir, file), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  /** @type {PageCacheManifest} */
  const manifest = { version: plan.version, siteKey: plan.siteKey, articles };
  writeFileSync(path.join(cacheDir, MANIFEST), JSON.stringify(manifest));
  return { stored, kept: Object.keys(articles).length - stored };
}
