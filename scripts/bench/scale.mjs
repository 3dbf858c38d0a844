// @ts-check
// Build time against archive size: a clean build of each generated archive (every cache emptied),
// then a rebuild after one article's headline was corrected, with the peak memory of the whole
// process tree and where each build's time went.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { correctArticle, generateArchive, loaderReadsRegistries } from './archive.mjs';
import { measuredBuild, outDir, root } from './measure.mjs';

/** Everything a build may reuse from an earlier one: Next's cache, derived photos, share images. */
const CACHES = ['.next', '.cache/images', '.cache/og'];

/**
 * Search at this size: the bytes a reader downloads for a one-word query and the time to the first
 * result in Chromium. A hook for the Pagefind index (being added separately): until the build makes
 * one, there is nothing to measure and it returns undefined.
 * @param {string} builtDir @param {number} count
 * @returns {Promise<{ queryBytes: number, firstResultMs: number } | undefined>}
 */
export async function measureSearch(builtDir, count) {
  void builtDir;
  void count;
  return undefined;
}

/**
 * @typedef {{ seconds: number, cpuSeconds: number, peakBytes: number, steps: Record<string, number> }} BuildFigures
 * @typedef {{ count: number, clean: BuildFigures, rebuild: BuildFigures & { rendered: number, reused: number }, search: Awaited<ReturnType<typeof measureSearch>> }} ScaleRow
 */

/** What the share-image route did in the last build, from its record (scripts/build-record.mjs). */
function shareImageWork() {
  const record = JSON.parse(readFileSync(path.join(root, '.site-build', 'out.json'), 'utf8'));
  const work = record.work?.shareImages ?? { rendered: [], reused: [] };
  return { rendered: work.rendered.length, reused: work.reused.length };
}

/** @param {number[]} sizes @returns {Promise<ScaleRow[]>} */
export async function benchScale(sizes) {
  const rows = [];
  for (const count of sizes) {
    const dir = generateArchive(count, { root, registries: loaderReadsRegistries(root) });
    for (const cache of CACHES) rmSync(path.join(root, cache), { recursive: true, force: true });
    process.stdout.write(`Building ${count} generated articles… `);
    const clean = await measuredBuild({ CONTENT_DIR: dir });
    console.log(
      `${clean.seconds.toFixed(1)} s, ${clean.cpuSeconds.toFixed(0)} s CPU, peak ${mib(clean.peakBytes)}, steps ${JSON.stringify(clean.steps)}`,
    );
    const search = await measureSearch(outDir, count);
    correctArticle(dir, 1);
    process.stdout.write(`…and again after one article changed… `);
    const rebuild = { ...(await measuredBuild({ CONTENT_DIR: dir })), ...shareImageWork() };
    console.log(
      `${rebuild.seconds.toFixed(1)} s, ${rebuild.cpuSeconds.toFixed(0)} s CPU, peak ${mib(rebuild.peakBytes)}, steps ${JSON.stringify(rebuild.steps)} (${rebuild.rendered} share image rendered, ${rebuild.reused} reused)`,
    );
    rmSync(dir, { recursive: true, force: true });
    rows.push({ count, clean, rebuild, search });
  }
  return rows;
}

/** @param {number} bytes */
export const mib = (bytes) => `${Math.round(bytes / 2 ** 20)} MiB`;

/** @param {ScaleRow[]} rows the build-time table of BENCHMARKS.md */
export function scaleTable(rows) {
  const steps = (/** @type {Record<string, number>} */ s) =>
    `${s.check ?? '?'} / ${s.next ?? '?'} / ${s.finish ?? '?'} s`;
  return [
    '| articles | clean build | per article | CPU (all processes) | peak memory (all processes) | check / next / finish | rebuild after one change | share images rendered / reused | rebuild / clean |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.count} | ${r.clean.seconds.toFixed(1)} s | ${((r.clean.seconds / r.count) * 1000).toFixed(1)} ms | ${r.clean.cpuSeconds.toFixed(0)} s | ${mib(r.clean.peakBytes)} | ${steps(r.clean.steps)} | ${r.rebuild.seconds.toFixed(1)} s | ${r.rebuild.rendered} / ${r.rebuild.reused} | ${(r.rebuild.seconds / r.clean.seconds).toFixed(2)} |`,
    ),
  ].join('\n');
}
