// @ts-check
// Build time against archive size: a clean build of each generated archive (every cache emptied),
// then, on top of it, a build with nothing changed, a rebuild after one article's headline was
// corrected and one after breaking news was published in the busiest topic, with the peak memory of the
// whole process tree and where each build's time went; then a clean build of the same content, which the
// rebuilt site must equal file for file, byte for byte.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../build-steps/finish-site.mjs';
import { correctArticle, generateArchive, publishBreakingArticle } from './archive.mjs';
import { measuredBuild, root } from './measure.mjs';

/**
 * Everything a build may reuse from an earlier one: Next's cache, parsed articles, derived photos, share
 * images, and the published site with its manifest.
 */
/** Every cache a build keeps, and the published site: removed before a clean build. */
export const CACHES = ['.next', '.cache/articles', '.cache/images', '.cache/og', 'out', '.site-build/out.pages.json'];

/**
 * @typedef {{ seconds: number, cpuSeconds: number, peakBytes: number, steps: Record<string, number> }} BuildFigures
 * @typedef {{ rendered: number, reused: number }} Counted
 * @typedef {{ rendered: number, reused: number, pages?: Counted, articles?: Counted, lists?: Counted }} RebuildWork share images (rendered, reused), the pages (articles' and list pages in rows measured before the page table)
 * @typedef {{ files: number, differing: string[] }} Comparison the rebuilt site against a clean build: its files, and those that differ or are in one only
 * @typedef {{ count: number, clean: BuildFigures, rebuild?: BuildFigures & RebuildWork, unchanged?: BuildFigures, breaking?: BuildFigures & RebuildWork, sameAsClean?: Comparison }} ScaleRow
 */

/** @param {{ rendered: string[], reused: string[] } | undefined} work @returns {{ rendered: number, reused: number } | undefined} */
const counted = (work) => work && { rendered: work.rendered.length, reused: work.reused.length };

/**
 * What the last build drew and rendered afresh and what it took from its caches, from its record
 * (scripts/build-record.mjs): share images and pages.
 * @returns {RebuildWork}
 */
function buildWork() {
  const record = JSON.parse(readFileSync(path.join(root, '.site-build', 'out.json'), 'utf8'));
  const work = record.work ?? {};
  const pages = counted(work.pages);
  return { ...(counted(work.shareImages) ?? { rendered: 0, reused: 0 }), ...(pages ? { pages } : {}) };
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
    const dir = await generateArchive(count, { root });
    for (const cache of CACHES) rmSync(path.join(root, cache), { recursive: true, force: true });
    // One moment for every build of this size, so the clean build at the end shows what the rebuilds do.
    const env = { CONTENT_DIR: dir, BUILD_TIME: new Date().toISOString() };
    process.stdout.write(`Building ${count} generated articles… `);
    const clean = figures(await measuredBuild(env));
    console.log(
      `${clean.seconds.toFixed(1)} s, ${clean.cpuSeconds.toFixed(0)} s CPU, peak ${mib(clean.peakBytes)}, steps ${JSON.stringify(clean.steps)}`,
    );
    /** @type {ScaleRow} */
    const row = { count, clean };
    save(row);
    process.stdout.write(`…again with nothing changed… `);
    row.unchanged = figures(await measuredBuild(env));
    console.log(`${row.unchanged.seconds.toFixed(1)} s, peak ${mib(row.unchanged.peakBytes)}`);
    correctArticle(dir, 1);
    process.stdout.write(`…and again after one article changed… `);
    row.rebuild = { ...figures(await measuredBuild(env)), ...buildWork() };
    console.log(
      `${row.rebuild.seconds.toFixed(1)} s, ${row.rebuild.cpuSeconds.toFixed(0)} s CPU, peak ${mib(row.rebuild.peakBytes)}, steps ${JSON.stringify(row.rebuild.steps)} (${rerendered(row.rebuild)} rendered again)`,
    );
    save(row);
    publishBreakingArticle(dir, count);
    process.stdout.write(`…and after breaking news in the busiest topic… `);
    row.breaking = { ...figures(await measuredBuild(env)), ...buildWork() };
    console.log(
      `${row.breaking.seconds.toFixed(1)} s, peak ${mib(row.breaking.peakBytes)}, steps ${JSON.stringify(row.breaking.steps)} (${rerendered(row.breaking)} rendered again)`,
    );
    save(row);
    process.stdout.write(`…and a clean build of the same content, compared with the rebuilt site… `);
    const published = path.join(root, 'out');
    const rebuilt = path.join(root, 'out-bench-rebuilt');
    rmSync(rebuilt, { recursive: true, force: true });
    renameSync(published, rebuilt);
    for (const cache of CACHES) rmSync(path.join(root, cache), { recursive: true, force: true });
    await measuredBuild(env);
    row.sameAsClean = compareSites(rebuilt, published);
    console.log(`${row.sameAsClean.differing.length} of ${row.sameAsClean.files} files differ`);
    keepDiffering(row.sameAsClean.differing.slice(0, 20), { rebuilt, clean: published }, count);
    save(row);
    rmSync(rebuilt, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
    rows.push(row);
  }
  return rows;
}

/**
 * Two sites file for file: how many files the clean one has, and the paths that differ in bytes or are
 * in one site only.
 * @param {string} rebuilt @param {string} clean @returns {Comparison}
 */
export function compareSites(rebuilt, clean) {
  const below = (/** @type {string} */ dir) => new Set(listFiles(dir).map((file) => path.relative(dir, file)));
  const ours = below(rebuilt);
  const theirs = below(clean);
  const differing = [...new Set([...ours, ...theirs])]
    .filter(
      (file) =>
        !ours.has(file) ||
        !theirs.has(file) ||
        !readFileSync(path.join(rebuilt, file)).equals(readFileSync(path.join(clean, file))),
    )
    .sort();
  return { files: theirs.size, differing };
}

/**
 * Copies the files that differ from both sites into .cache/bench/differing/<count>/, to be compared by
 * hand once the bench has removed the rebuilt site.
 * @param {string[]} files @param {Record<string, string>} sites @param {number} count
 */
function keepDiffering(files, sites, count) {
  const kept = path.join(root, '.cache', 'bench', 'differing', String(count));
  rmSync(kept, { recursive: true, force: true });
  for (const file of files)
    for (const [name, dir] of Object.entries(sites)) {
      if (!existsSync(path.join(dir, file))) continue;
      mkdirSync(path.dirname(path.join(kept, name, file)), { recursive: true });
      copyFileSync(path.join(dir, file), path.join(kept, name, file));
    }
  if (files.length > 0) console.log(`  kept in ${path.relative(root, kept)}: ${files.join(', ')}`);
}

/** @param {number} bytes */
export const mib = (bytes) => `${Math.round(bytes / 2 ** 20)} MiB`;

/** @param {RebuildWork} work @returns {string} what a rebuild rendered again, of how many */
const rerendered = ({ pages, articles, lists, rendered, reused }) =>
  [
    pages && `${pages.rendered} of ${pages.rendered + pages.reused} pages`,
    articles && `${articles.rendered} of ${articles.rendered + articles.reused} articles`,
    lists && `${lists.rendered} of ${lists.rendered + lists.reused} list pages`,
    `${rendered} of ${rendered + reused} share images`,
  ]
    .filter(Boolean)
    .join(', ');

/** @param {Comparison | undefined} comparison @returns {string} */
const sameness = (comparison) =>
  !comparison
    ? 'not compared'
    : comparison.differing.length === 0
      ? `yes, all ${comparison.files} files`
      : `no: ${comparison.differing.length} files differ (${comparison.differing.slice(0, 3).join(', ')})`;

/** @param {ScaleRow[]} rows the build-time table of BENCHMARKS.md */
export function scaleTable(rows) {
  const steps = (/** @type {Record<string, number>} */ s) =>
    `${s.check ?? '?'} / ${s.next ?? '?'} / ${s.finish ?? '?'} s`;
  return [
    '| articles | clean build | per article | CPU (all processes) | peak memory (all processes) | check / next / finish | nothing changed | rebuild after one change (CPU) | rebuild: check / next / finish | rendered again | rebuild / clean | breaking news (peak memory) | rendered again | rebuilt site = clean build |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.count} | ${r.clean.seconds.toFixed(1)} s | ${((r.clean.seconds / r.count) * 1000).toFixed(1)} ms | ${r.clean.cpuSeconds.toFixed(0)} s | ${mib(r.clean.peakBytes)} | ${steps(r.clean.steps)} | ${r.unchanged ? `${r.unchanged.seconds.toFixed(1)} s` : '–'} | ${r.rebuild ? `${r.rebuild.seconds.toFixed(1)} s (${r.rebuild.cpuSeconds.toFixed(0)} s) | ${steps(r.rebuild.steps)} | ${rerendered(r.rebuild)} | ${(r.rebuild.seconds / r.clean.seconds).toFixed(2)}` : 'not measured | – | – | –'} | ${r.breaking ? `${r.breaking.seconds.toFixed(1)} s (${mib(r.breaking.peakBytes)}) | ${rerendered(r.breaking)}` : '– | –'} | ${sameness(r.sameAsClean)} |`,
    ),
  ].join('\n');
}
