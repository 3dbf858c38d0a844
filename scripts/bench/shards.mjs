// @ts-check
// Building in shards (README, "Building in shards"), measured: one shard of 16 of a 100,000-article
// archive from empty caches, as a fresh CI machine builds it; and a 20,000-article archive built on one
// machine, then in 4 shards one after another (each from empty caches, as on machines of their own) and
// merged, with the merged site compared file by file with the one-machine build. Time and peak memory of
// every process of each step. No photos: at this scale they come from the image service (README).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateArchive } from './archive.mjs';
import { measuredRun, root } from './measure.mjs';
import { mib } from './scale.mjs';

/** What each run of a step costs: wall seconds, CPU seconds of every process, their peak memory summed. */
/** @typedef {{ seconds: number, cpuSeconds: number, peakBytes: number, steps: Record<string, number>, pages?: number, files?: number }} StepFigures */

/** Where the figures go as they are measured, so a long run that stops part-way loses nothing. */
const SAVED = path.join(root, '.cache', 'bench', 'shards.json');

/** @returns {Record<string, any>} */
const saved = () => (existsSync(SAVED) ? JSON.parse(readFileSync(SAVED, 'utf8')) : {});
/** @param {string} key @param {unknown} value */
function save(key, value) {
  mkdirSync(path.dirname(SAVED), { recursive: true });
  writeFileSync(SAVED, `${JSON.stringify({ ...saved(), [key]: value }, null, 2)}\n`);
}

/** Everything a machine would not have on a fresh start: the caches and the sites. */
function emptyCaches() {
  for (const cache of ['.next', '.cache/articles', '.cache/og', '.cache/images', '.site-build', 'shards'])
    rmSync(path.join(root, cache), { recursive: true, force: true });
}

/** @param {Awaited<ReturnType<typeof measuredRun>>} run @returns {StepFigures} */
function figures({ seconds, cpuSeconds, peakBytes, steps, output }) {
  const pages = /: (\d+) pages,/.exec(output)?.[1];
  return { seconds, cpuSeconds, peakBytes, steps, ...(pages ? { pages: Number(pages) } : {}) };
}

/** @param {string} dir @returns {Record<string, string>} every file below dir with a hash of its bytes */
function snapshot(dir, prefix = '') {
  /** @type {Record<string, string>} */
  const files = {};
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const file = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(files, snapshot(dir, file));
    else
      files[file] = createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex');
  }
  return files;
}

/** @param {string} dir @returns {number} how many files a site has */
const fileCount = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) => sum + (entry.isDirectory() ? fileCount(path.join(dir, entry.name)) : 1),
    0,
  );

/** @param {string} label @param {StepFigures} step */
const report = (label, step) =>
  console.log(
    `${label}: ${step.seconds.toFixed(1)} s, ${step.cpuSeconds.toFixed(0)} s CPU, peak ${mib(step.peakBytes)}${step.pages ? `, ${step.pages} pages` : ''}${step.files ? `, ${step.files} files` : ''} ${JSON.stringify(step.steps)}`,
  );

/**
 * One shard of `count` of an archive of `articles`, from empty caches.
 * @param {number} articles @param {number} count
 */
export async function benchOneShard(articles, count) {
  const dir = await generateArchive(articles, { root, photos: false });
  emptyCaches();
  const step = figures(await measuredRun('scripts/build.mjs', [], { CONTENT_DIR: dir, SHARD: `1/${count}` }));
  step.files = fileCount(path.join(root, 'shards', `1-of-${count}`));
  report(`${articles} articles, shard 1/${count}`, step);
  save(`shard-1-of-${count}-at-${articles}`, step);
  rmSync(dir, { recursive: true, force: true });
  emptyCaches();
  return step;
}

/**
 * An archive of `articles` built on one machine, then in `count` shards one after another (each from
 * empty caches but the parse cache's, which is each shard's own anyway) and merged; and whether the two
 * sites are the same, file for file.
 * @param {number} articles @param {number} count
 */
export async function benchShardedBuild(articles, count) {
  const dir = await generateArchive(articles, { root, photos: false });
  const buildTime = new Date().toISOString();
  const env = { CONTENT_DIR: dir, BUILD_TIME: buildTime };
  emptyCaches();
  const whole = figures(await measuredRun('scripts/build.mjs', [], { ...env, OUT_DIR: 'out-bench-whole' }));
  whole.files = fileCount(path.join(root, 'out-bench-whole'));
  report(`${articles} articles on one machine`, whole);
  /** @type {StepFigures[]} */
  const shards = [];
  for (let index = 1; index <= count; index += 1) {
    for (const cache of ['.next', '.cache/og']) rmSync(path.join(root, cache), { recursive: true, force: true });
    const shard = figures(await measuredRun('scripts/build.mjs', [], { ...env, SHARD: `${index}/${count}` }));
    shard.files = fileCount(path.join(root, 'shards', `${index}-of-${count}`));
    report(`${articles} articles, shard ${index}/${count}`, shard);
    shards.push(shard);
  }
  const folders = shards.map((_, i) => path.join('shards', `${i + 1}-of-${count}`));
  const merge = figures(await measuredRun('scripts/merge.mjs', folders, { OUT_DIR: 'out-bench-merged' }));
  merge.files = fileCount(path.join(root, 'out-bench-merged'));
  report(`${articles} articles, merge of ${count}`, merge);
  const [one, merged] = [snapshot(path.join(root, 'out-bench-whole')), snapshot(path.join(root, 'out-bench-merged'))];
  const differing = [...new Set([...Object.keys(one), ...Object.keys(merged)])].filter(
    (file) => one[file] !== merged[file],
  );
  console.log(
    `Merged site and one-machine site: ${differing.length} files differ ${differing.slice(0, 10).join(', ')}`,
  );
  const result = { articles, count, whole, shards, merge, differing: differing.length };
  save(`sharded-${count}-at-${articles}`, result);
  for (const folder of ['out-bench-whole', 'out-bench-merged'])
    rmSync(path.join(root, folder), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  emptyCaches();
  return result;
}

// `node scripts/bench/shards.mjs [one|sharded]`: either measurement on its own (npm run bench runs both).
if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'both';
  if (which !== 'sharded')
    await benchOneShard(Number(process.env.SHARD_ARTICLES ?? 100_000), Number(process.env.SHARDS ?? 16));
  if (which !== 'one')
    await benchShardedBuild(Number(process.env.SHARDED_ARTICLES ?? 20_000), Number(process.env.SHARDED ?? 4));
}

/** @param {StepFigures} step @returns {string} one table row's figures */
const cells = (step) =>
  `${step.seconds.toFixed(1)} s | ${step.cpuSeconds.toFixed(0)} s | ${mib(step.peakBytes)} | ${step.pages ?? '–'} | ${step.files ?? '–'}`;

/**
 * The "Building in shards" section of BENCHMARKS.md.
 * @param {StepFigures & { articles?: number, count?: number }} one one shard of the big archive
 * @param {{ articles: number, count: number, whole: StepFigures, shards: StepFigures[], merge: StepFigures, differing: number }} sharded
 * @param {{ articles: number, count: number }} oneOf which shard `one` is
 */
export function shardsReport(one, sharded, oneOf) {
  const slowest = Math.max(...sharded.shards.map((s) => s.seconds));
  const peak = Math.max(...sharded.shards.map((s) => s.peakBytes), sharded.merge.peakBytes);
  return `## Building in shards

\`node scripts/bench/shards.mjs\` (\`BENCH_PARTS=shards npm run bench\` writes this section): generated archives in
three languages over fifteen years (scripts/bench/archive.mjs), without photos (at this scale the image
service makes them, README "Building in shards"), every build from empty caches as on a fresh CI machine.
Times are of all processes of the step (wall, CPU), memory the peak of all of them summed.

| step | wall | CPU | peak memory | pages | files |
| --- | ---: | ---: | ---: | ---: | ---: |
| ${oneOf.articles} articles: shard 1 of ${oneOf.count} | ${cells(one)} |
| ${sharded.articles} articles on one machine | ${cells(sharded.whole)} |
${sharded.shards.map((shard, i) => `| ${sharded.articles} articles: shard ${i + 1} of ${sharded.count} | ${cells(shard)} |`).join('\n')}
| ${sharded.articles} articles: merge of the ${sharded.count} shards | ${cells(sharded.merge)} |

At ${sharded.articles} articles in ${sharded.count} shards: the slowest shard ${slowest.toFixed(1)} s and the merge
${sharded.merge.seconds.toFixed(1)} s, ${(slowest + sharded.merge.seconds).toFixed(1)} s on ${sharded.count} machines against
${sharded.whole.seconds.toFixed(1)} s on one; peak memory ${mib(peak)} per machine against ${mib(sharded.whole.peakBytes)}.
The merged site and the one-machine site: ${sharded.differing === 0 ? 'the same, file for file, byte for byte' : `${sharded.differing} files differ`}.
`;
}
