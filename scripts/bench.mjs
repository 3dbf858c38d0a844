// @ts-check
// `npm run bench`: measures what readers download and how build time grows with the archive, and
// writes BENCHMARKS.md. Figures vary with the machine; the byte budgets that tests enforce do not.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { benchPhotos, photoReport } from './bench/photos.mjs';
import { bytesOf, chrome, LIGHTHOUSE_RUNS, lighthouseMedian, outDir, root, timedBuild } from './bench/measure.mjs';
import { listen } from './site-server.mjs';

const sizes = (process.env.BENCH_SIZES ?? '1,100,1000,5000').split(',').map(Number);

/** Writes `count` articles made from the seed into a temporary content folder. */
function generateContent(count) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-content-${count}-`));
  const seedFile = readdirSync(path.join(root, 'content')).find((name) => name.endsWith('.md'));
  if (!seedFile) throw new Error('content/ has no article to copy');
  const seed = readFileSync(path.join(root, 'content', seedFile), 'utf8');
  for (let i = 1; i <= count; i += 1) {
    const day = new Date(Date.UTC(2018, 0, 1) + (i * 86_400_000) / 4).toISOString().slice(0, 10);
    const text = seed
      .replace(/^id: .*$/m, `id: bench${i}`)
      .replace(/^slug: .*$/m, `slug: bench-article-${i}`)
      .replace(/^headline: (.*)$/m, `headline: $1 (${i})`)
      .replace(/^published: .*$/m, `published: ${day}`)
      .replace(/^aliases:\n(  - .*\n)+/m, '');
    writeFileSync(path.join(dir, `bench-article-${i}.md`), text);
  }
  return dir;
}

function firstPage(prefix) {
  const dir = path.join(outDir, prefix);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir)
    .sort()
    .find((entry) => existsSync(path.join(dir, entry, 'index.html')));
  return name ? `/${prefix}/${name}/` : undefined;
}

// 1. Build time against archive size, each into out/ from a generated content folder.
const buildTimes = [];
for (const count of sizes) {
  const dir = generateContent(count);
  process.stdout.write(`Building ${count} generated articles… `);
  const seconds = timedBuild({ CONTENT_DIR: dir });
  rmSync(dir, { recursive: true, force: true });
  console.log(`${seconds.toFixed(1)} s`);
  buildTimes.push({ count, seconds });
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
].filter((page) => page.path);
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

// 3. Photos: a page with a real lead photo, and a photographed archive built cold and warm.
const photos = await benchPhotos();

// 4. Report.
const versions = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')).packages;
const version = (name) => versions[`node_modules/${name}`]?.version ?? '?';
const chromeVersion = spawnSync(chrome, ['--version'], { encoding: 'utf8' }).stdout.trim();
const table = [
  '| page | HTML+CSS raw | gzip | brotli | JS (gzip) | requests | Lighthouse P / A / BP / SEO | LCP | CLS | TBT |',
  '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.type} \`${r.path}\` | ${r.html.raw} B | ${r.html.gzip} B | ${r.html.brotli} B | ${r.js.gzip} B | ${r.lh?.requests ?? 1} | ${r.lh?.scores ?? 'n/a (status 404)'} | ${r.lh?.lcp ?? '–'} | ${r.lh?.cls ?? '–'} | ${r.lh?.tbt ?? '–'} |`,
  ),
].join('\n');
const first = buildTimes[0];
const buildTable = [
  '| articles | build time | per article | marginal per article vs. 1 |',
  '| ---: | ---: | ---: | ---: |',
  ...buildTimes.map(
    (b) =>
      `| ${b.count} | ${b.seconds.toFixed(1)} s | ${((b.seconds / b.count) * 1000).toFixed(1)} ms | ${first && b.count > first.count ? (((b.seconds - first.seconds) / (b.count - first.count)) * 1000).toFixed(1) + ' ms' : '–'} |`,
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

## Build time against archive size

The current content builds in ${realBuild.toFixed(1)} s. Generated archives (copies of the seed article in a
temporary folder, never committed):

${buildTable}

![Build time against article count](benchmarks-build-time.svg)

${photoReport(photos)}`;
writeFileSync(path.join(root, 'BENCHMARKS.md'), markdown);
writeFileSync(path.join(root, 'benchmarks-build-time.svg'), chart(buildTimes));
console.log(`\n${table}\n\n${buildTable}\n\n${photoReport(photos)}\nWrote BENCHMARKS.md and benchmarks-build-time.svg`);

/** @param {{ count: number, seconds: number }[]} points */
function chart(points) {
  const w = 640,
    h = 360,
    left = 60,
    bottom = 40,
    top = 20,
    right = 20;
  const maxX = Math.max(...points.map((p) => p.count));
  const maxY = Math.max(...points.map((p) => p.seconds)) * 1.1;
  const x = (v) => left + (v / maxX) * (w - left - right);
  const y = (v) => h - bottom - (v / maxY) * (h - top - bottom);
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.count).toFixed(1)},${y(p.seconds).toFixed(1)}`).join(' ');
  const dots = points
    .map(
      (p) =>
        `<circle cx="${x(p.count).toFixed(1)}" cy="${y(p.seconds).toFixed(1)}" r="4"/><text x="${x(p.count).toFixed(1)}" y="${(y(p.seconds) - 10).toFixed(1)}" text-anchor="middle">${p.seconds.toFixed(0)} s</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" font-family="sans-serif" font-size="12" role="img" aria-label="Build time against article count">
<rect width="${w}" height="${h}" fill="#fff"/>
<line x1="${left}" y1="${h - bottom}" x2="${w - right}" y2="${h - bottom}" stroke="#000"/><line x1="${left}" y1="${top}" x2="${left}" y2="${h - bottom}" stroke="#000"/>
<text x="${w / 2}" y="${h - 8}" text-anchor="middle">articles</text><text x="14" y="${h / 2}" transform="rotate(-90 14 ${h / 2})" text-anchor="middle">build time (s)</text>
${points.map((p) => `<text x="${x(p.count).toFixed(1)}" y="${h - bottom + 16}" text-anchor="middle">${p.count}</text>`).join('')}
<path d="${line}" fill="none" stroke="#7a1f1f" stroke-width="2"/><g fill="#7a1f1f">${dots}</g>
</svg>
`;
}
