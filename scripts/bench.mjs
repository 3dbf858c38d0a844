// @ts-check
// `npm run bench`: measures what readers download and how build time grows with the archive, and
// writes BENCHMARKS.md. Figures vary with the machine; the byte budgets that tests enforce do not.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { AUTHOR_COUNT, PHOTO_EVERY, TOPIC_COUNT } from './bench/archive.mjs';
import { benchOneShard, benchShardedBuild, shardsReport } from './bench/shards.mjs';
import { buildTimeChart } from './bench/chart.mjs';
import { benchEncoding, encodingReport } from './bench/photo-encoding.mjs';
import { benchPhotos, photoReport } from './bench/photos.mjs';
import { benchLive, liveReport } from './bench/live.mjs';
import { benchScale, scaleTable } from './bench/scale.mjs';
import { bytesOf, chrome, LIGHTHOUSE_RUNS, lighthouseMedian, outDir, root, timedBuild } from './bench/measure.mjs';
import { listen } from './site-server.mjs';

const sizes = (process.env.BENCH_SIZES ?? '1000,5000,10000').split(',').map(Number);

/**
 * Replaces the section of BENCHMARKS.md that starts at `heading` (up to the next `## `) with `section`,
 * or when there is none, puts `section` after the section that starts at `after`.
 * @param {string} heading @param {string} section @param {string} [after]
 */
function replaceSection(heading, section, after) {
  const report = path.join(root, 'BENCHMARKS.md');
  const old = readFileSync(report, 'utf8');
  const at = old.indexOf(heading);
  const start =
    at !== -1 ? at : after && old.indexOf(after) !== -1 ? old.indexOf('\n## ', old.indexOf(after) + 1) + 1 : -1;
  if (start <= 0) throw new Error(`BENCHMARKS.md has no section "${heading}" to replace: run npm run bench`);
  const found = at === -1 ? start - 1 : old.indexOf('\n## ', start + 1);
  const end = found === -1 ? old.length : found + 1;
  writeFileSync(report, `${old.slice(0, start)}${section.trimEnd()}\n${found === -1 ? '' : '\n'}${old.slice(end)}`);
}

// BENCH_PARTS=photos, encoding and/or live (comma-separated): only those sections of BENCHMARKS.md are
// measured and replaced.
const parts = new Set((process.env.BENCH_PARTS ?? '').split(',').filter(Boolean));
if (parts.has('shards')) {
  replaceSection('## Building in shards', await shardsSection(), '## Search: what it adds to the site');
  console.log('Updated the building in shards section of BENCHMARKS.md');
  if (parts.size === 1) process.exit(0);
}
if (parts.has('live')) {
  replaceSection('## Live coverage', liveReport(await benchLive()), '## Photos');
  console.log('Updated the live coverage section of BENCHMARKS.md');
  if (parts.size === 1) process.exit(0);
}
if (parts.has('photos') || parts.has('encoding')) {
  if (parts.has('encoding')) {
    const encoding = await benchEncoding();
    replaceSection('## What each photo file costs', encodingReport(encoding), '## Photos');
    console.log(`\n${encodingReport(encoding)}`);
  }
  if (parts.has('photos')) {
    const photos = await benchPhotos();
    replaceSection('## Photos', photoReport(photos));
    console.log(`\n${photoReport(photos)}`);
  }
  console.log(`Updated the ${[...parts].join(' and ')} sections of BENCHMARKS.md`);
  process.exit(0);
}

/** @param {string} prefix a folder below out/ @returns {string | undefined} the first page's path in it */
function firstPage(prefix) {
  const dir = path.join(outDir, prefix);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir)
    .sort()
    .find((entry) => existsSync(path.join(dir, entry, 'index.html')));
  return name ? `/${prefix}/${name}/` : undefined;
}

// 1. Build time against archive size: clean, and again after one article changed (scripts/bench/scale.mjs).
const scale = (await benchScale(sizes, { reuse: process.env.BENCH_SAVED === '1' })).sort((a, b) => a.count - b.count);
const chartSvg = buildTimeChart(
  scale.map((r) => ({
    count: r.count,
    clean: r.clean.seconds,
    ...(r.rebuild ? { rebuild: r.rebuild.seconds } : {}),
    peakMiB: Math.round(r.clean.peakBytes / 2 ** 20),
  })),
);
// BENCH_PARTS=scale: only the build-time section of BENCHMARKS.md is measured and replaced.
if (process.env.BENCH_PARTS === 'scale') {
  const report = path.join(root, 'BENCHMARKS.md');
  const old = readFileSync(report, 'utf8');
  const start = old.indexOf('## Build time against archive size');
  const end = old.indexOf('\n## ', start + 1);
  if (start === -1 || end === -1)
    throw new Error('BENCHMARKS.md has no build-time section to replace: run npm run bench');
  writeFileSync(report, `${old.slice(0, start)}${buildSection(timedBuild({}), scale)}\n${old.slice(end + 1)}`);
  writeFileSync(path.join(root, 'benchmarks-build-time.svg'), chartSvg);
  console.log(`\n${scaleTable(scale)}\nUpdated the build-time section of BENCHMARKS.md and benchmarks-build-time.svg`);
  process.exit(0);
}

// 2. The real site: build, serve, measure each page type.
const realBuild = timedBuild({});
const { server, origin } = await listen(outDir, 0);
const pages = [
  { type: 'home', path: '/' },
  { type: 'article', path: firstPage('news') },
  { type: 'author', path: firstPage('authors') },
  { type: 'topic', path: firstPage('topics') },
  { type: '404', path: '/404.html', notFound: true },
].flatMap((page) => (page.path ? [{ ...page, path: page.path }] : []));
const rows = [];
for (const page of pages) {
  const file = page.notFound ? '404.html' : `${page.path.slice(1)}index.html`;
  const html = bytesOf(file);
  // The enhancement script is inline: its bytes are part of the page's, shown apart.
  const script = /<script>([\s\S]*?)<\/script>/.exec(readFileSync(path.join(outDir, file), 'utf8'))?.[1] ?? '';
  const js = { raw: Buffer.byteLength(script), gzip: script ? gzipSync(script, { level: 9 }).byteLength : 0 };
  console.log(`Lighthouse: ${page.type}`);
  const lh = page.notFound ? undefined : await lighthouseMedian(`${origin}${page.path}`);
  rows.push({ ...page, html, js, lh });
}
server.close();

// 3. Photos: a page with a real lead photo, and a photographed archive built cold and warm; what each
// photo file costs and is worth.
const photos = await benchPhotos();
const encoding = await benchEncoding();

// 4. Live coverage: a live story of 200 updates against the seed article, in one run.
const live = await benchLive();

// 5. One shard of a 100,000-article archive, and 20,000 articles in 4 shards merged against one machine.
const shards = await shardsSection();

// 6. Report.
const versions = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')).packages;
const version = (/** @type {string} */ name) => versions[`node_modules/${name}`]?.version ?? '?';
const chromeVersion = spawnSync(chrome, ['--version'], { encoding: 'utf8' }).stdout.trim();
const table = [
  '| page | HTML+CSS raw | gzip | brotli | JS (gzip) | requests | Lighthouse P / A / BP / SEO | LCP | CLS | TBT |',
  '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.type} \`${r.path}\` | ${r.html.raw} B | ${r.html.gzip} B | ${r.html.brotli} B | ${r.js.gzip} B | ${r.lh?.requests ?? 1} | ${r.lh?.scores ?? 'n/a (status 404)'} | ${r.lh?.lcp ?? '–'} | ${r.lh?.cls ?? '–'} | ${r.lh?.tbt ?? '–'} |`,
  ),
].join('\n');
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}`;
const markdown = `# Benchmarks

Written by \`npm run bench\`; figures from one run on a shared machine, so times are indicative. Byte
budgets are enforced by tests (tests/build/output.test.ts); times and scores live only here.

Machine: ${machine}. Node ${process.version}, Next.js ${version('next')}, React ${version('react')},
Lighthouse ${version('lighthouse')} (mobile profile, simulated throttling; the median of ${LIGHTHOUSE_RUNS} runs), ${chromeVersion}.

## What a reader downloads

${table}

Bytes are of the HTML file with its inline CSS and script; JS is the part of them that is the inline
enhancement script (the framework ships none). Requests and JS as Lighthouse counted them (the 404 page: counted from its HTML).

${buildSection(realBuild, scale)}
${photoReport(photos)}
${encodingReport(encoding)}

${liveReport(live)}

${shards}
${searchSection()}`;
writeFileSync(path.join(root, 'BENCHMARKS.md'), markdown);
writeFileSync(path.join(root, 'benchmarks-build-time.svg'), chartSvg);
console.log(
  `\n${table}\n\n${scaleTable(scale)}\n\n${photoReport(photos)}\nWrote BENCHMARKS.md and benchmarks-build-time.svg`,
);

/** The building in shards section: one shard of 16 at 100,000 articles, and 4 shards at 20,000 against one machine. */
async function shardsSection() {
  const big = { articles: 100_000, count: 16 };
  const one = await benchOneShard(big.articles, big.count);
  return shardsReport(one, await benchShardedBuild(20_000, 4), big);
}

/** The search section, measured by hand (scripts/measure-search.mjs): kept as it is. */
function searchSection() {
  const old = existsSync(path.join(root, 'BENCHMARKS.md'))
    ? readFileSync(path.join(root, 'BENCHMARKS.md'), 'utf8')
    : '';
  const start = old.indexOf('## Search: what it adds to the site');
  if (start === -1) return '';
  const end = old.indexOf('\n## ', start + 1);
  return old.slice(start, end === -1 ? old.length : end + 1);
}

/**
 * The build-time section of BENCHMARKS.md.
 * @param {number} realBuild seconds @param {import('./bench/scale.mjs').ScaleRow[]} scale
 */
function buildSection(realBuild, scale) {
  return `## Build time against archive size

The current content builds in ${realBuild.toFixed(1)} s. Generated archives (scripts/bench/archive.mjs, in a
temporary folder, never committed): ${AUTHOR_COUNT} authors, ${TOPIC_COUNT} topics drawn Zipf-like (one to four per article),
bodies of 3 to 12 paragraphs, and every ${PHOTO_EVERY}th article with a lead photo of its own (cut from real photographs by
scripts/bench/originals.mjs, so a clean build derives one original per photographed article).
A clean build starts with every cache empty (\`.next/\`, \`.cache/articles/\`, \`.cache/images/\`, \`.cache/og/\`, the
published \`out/\` and its manifest); then, on top of it, a build with nothing changed, one after correcting one
article's headline, and one after publishing breaking news in the busiest topic, each reusing what the
published site holds (README, Scale). Peak memory is the resident memory of the build and every process it starts (the check, Next and its
workers), sampled every 200 ms and summed: an upper bound. CPU is the seconds of all those processes (GNU time).
The machine is shared with other people's builds and tests, so wall-clock times move from run to run, up
to two or three times over when it is busy; the CPU seconds move much less.

${scaleTable(scale)}

![Build time against article count](benchmarks-build-time.svg)
`;
}
