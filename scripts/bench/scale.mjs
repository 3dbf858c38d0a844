// @ts-check
// Build time against archive size: a clean build of each generated archive (every cache emptied),
// then a rebuild after one article's headline was corrected, with the peak memory of the whole
// process tree and where each build's time went.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { correctArticle, generateArchive } from './archive.mjs';
import { measuredBuild, outDir, root } from './measure.mjs';

/** Everything a build may reuse from an earlier one: Next's cache, derived photos, share images, article pages. */
const CACHES = ['.next', '.cache/images', '.cache/og', '.cache/pages'];

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
 * @typedef {{ count: number, clean: BuildFigures, rebuild?: BuildFigures & { rendered: number, reused: number }, search: Awaited<ReturnType<typeof measureSearch>> }} ScaleRow
 */

/** What the share-image route did in the last build, from its record (scripts/build-record.mjs). */
function shareImageWork() {
  const record = JSON.parse(readFileSync(path.join(root, '.site-build', 'out.json'), 'utf8'));
  const work = record.work?.shareImages ?? { rendered: [], reused: [] };
  return { rendered: work.rendered.length, reused: work.reused.length };
}

/** Each size's figures as measured, kept so a long run that stops part-way loses nothing. */
const SAVED = path.join(root, '.cache', 'bench', 'scale.json');

/** @param {ScaleRow} row */
function save(row) {
  mkdirSync(path.dirname(SAVED), { recursive: true });
  writeFileSync(SAVED, `${JSON.stringify({ ...savedRows(), [row.count]: row }, null, 2)}\n`);
}

/** @param {BuildFigures & { output?: string }} build @returns {BuildFigures} the figures, without the log */
const figures = ({ seconds, cpuSeconds, peakBytes, steps }) => ({ seconds, cpuSeconds, peakBytes, steps });

/** @returns {Record<string, ScaleRow>} */
function savedRows() {
  return existsSync(SAVED) ? JSON.parse(readFileSync(SAVED, 'utf8')) : {};
}

/**
 * Measures each size in `sizes`, or, with `reuse`, takes a size already measured from
 * .cache/bench/scale.json (BENCH_SAVED=1: the 10,000-article run takes long on a busy machine).
 * @param {number[]} sizes @param {{ reuse?: boolean }} [options] @returns {Promise<ScaleRow[]>}
 */
export async function benchScale(sizes, { reuse = false } = {}) {
  const rows = [];
  for (const count of sizes) {
    const saved = savedRows()[count];
    if (reuse && saved) {
      console.log(`${count} articles: measured before, from ${path.relative(root, SAVED)}`);
      rows.push(saved);
      continue;
    }
    const dir = generateArchive(count, { root });
    for (const cache of CACHES) rmSync(path.join(root, cache), { recursive: true, force: true });
    process.stdout.write(`Building ${count} generated articles… `);
    const clean = figures(await measuredBuild({ CONTENT_DIR: dir }));
    console.log(
      `${clean.seconds.toFixed(1)} s, ${clean.cpuSeconds.toFixed(0)} s CPU, peak ${mib(clean.peakBytes)}, steps ${JSON.stringify(clean.steps)}`,
    );
    const search = await measureSearch(outDir, count);
    /** @type {ScaleRow} */
    const row = { count, clean, search };
    save(row);
    correctArticle(dir, 1);
    process.stdout.write(`…and again after one article changed… `);
    row.rebuild = { ...figures(await measuredBuild({ CONTENT_DIR: dir })), ...shareImageWork() };
    console.log(
      `${row.rebuild.seconds.toFixed(1)} s, ${row.rebuild.cpuSeconds.toFixed(0)} s CPU, peak ${mib(row.rebuild.peakBytes)}, steps ${JSON.stringify(row.rebuild.steps)} (${row.rebuild.rendered} share image rendered, ${row.rebuild.reused} reused)`,
    );
    save(row);
    rmSync(dir, { recursive: true, force: true });
    rows.push(row);
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
        `| ${r.count} | ${r.clean.seconds.toFixed(1)} s | ${((r.clean.seconds / r.count) * 1000).toFixed(1)} ms | ${r.clean.cpuSeconds.toFixed(0)} s | ${mib(r.clean.peakBytes)} | ${steps(r.clean.steps)} | ${r.rebuild ? `${r.rebuild.seconds.toFixed(1)} s | ${r.rebuild.rendered} / ${r.rebuild.reused} | ${(r.rebuild.seconds / r.clean.seconds).toFixed(2)}` : 'not measured | – | –'} |`,
    ),
  ].join('\n');
}
