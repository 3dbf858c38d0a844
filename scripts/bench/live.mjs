// @ts-check
// Live coverage in `npm run bench` (BENCH_PARTS=live for this part alone): the real content with a live
// story of 200 updates beside it (scripts/bench/live-story.mjs), built and served, and Lighthouse on the
// seed article and the live story's first page in the same run, so their LCPs compare.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { listen } from '../site-server.mjs';
import { liveStoryText } from './live-story.mjs';
import { bytesOf, lighthouseMedian, outDir, root, timedBuild } from './measure.mjs';

export const LIVE_UPDATES = 200;

/**
 * @typedef {{ type: string, path: string, html: ReturnType<typeof bytesOf>, script: number, lh: Awaited<ReturnType<typeof lighthouseMedian>> }} LiveRow
 * @returns {Promise<{ rows: LiveRow[], buildSeconds: number }>}
 */
export async function benchLive() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-live-'));
  cpSync(path.join(root, 'content'), dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'election-week-live.md'),
    liveStoryText(LIVE_UPDATES, { author: 'Zmitser Mitskevich', topic: 'Belarus' }),
  );
  const seed = readdirSync(path.join(root, 'content')).find((file) => file.endsWith('.md') && file !== 'site.yml');
  const buildSeconds = timedBuild({ CONTENT_DIR: dir });
  rmSync(dir, { recursive: true, force: true });
  const { server, origin } = await listen(outDir, 0);
  const pages = [
    {
      type: 'seed article',
      path: `/news/${readFileSync(path.join(root, 'content', seed ?? ''), 'utf8').match(/^slug: (.*)$/m)?.[1]}/`,
    },
    { type: `live story, ${LIVE_UPDATES} updates, first page`, path: '/news/election-week-live/' },
  ];
  /** @type {LiveRow[]} */
  const rows = [];
  // Alternated, so both pages meet the same moments of a busy machine.
  const runs = /** @type {Record<string, Awaited<ReturnType<typeof lighthouseMedian>>[]>} */ ({});
  for (let round = 0; round < 3; round += 1)
    for (const page of pages) {
      console.log(`Lighthouse: ${page.type} (${round + 1} of 3)`);
      (runs[page.path] ??= []).push(await lighthouseMedian(`${origin}${page.path}`, 1));
    }
  server.close();
  for (const page of pages) {
    const file = `${page.path.slice(1)}index.html`;
    const html = readFileSync(path.join(outDir, file), 'utf8');
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    const measured = (runs[page.path] ?? []).sort((a, b) => (a?.lcpMs ?? 0) - (b?.lcpMs ?? 0));
    rows.push({
      ...page,
      html: bytesOf(file),
      script: scripts.reduce((sum, script) => sum + gzipSync(script, { level: 9 }).byteLength, 0),
      lh: /** @type {LiveRow['lh']} */ (measured[Math.floor(measured.length / 2)]),
    });
  }
  return { rows, buildSeconds };
}

/** The live coverage section of BENCHMARKS.md. @param {Awaited<ReturnType<typeof benchLive>>} result */
export function liveReport({ rows, buildSeconds }) {
  const [seed, live] = rows;
  const ratio = seed?.lh && live?.lh ? (live.lh.lcpMs / seed.lh.lcpMs).toFixed(2) : '?';
  return `## Live coverage

The real content with a live story of ${LIVE_UPDATES} updates beside it (\`scripts/bench/live-story.mjs\`: one update
every five minutes, one to three of thirty sentences each, a title on every fourth, a key event
every twentieth, the first pinned; the same file as the fixture site's), built in ${buildSeconds.toFixed(1)} s, served by
\`npm start\`'s server, and measured with Lighthouse (mobile) three times each, the two pages alternating; the median
by LCP is shown. Its first page holds the pinned post, the 20 newest updates and the index of the other 179.

| page | HTML+CSS+JS raw | gzip | brotli | scripts (gzip) | Lighthouse P / A / BP / SEO | LCP | CLS | TBT |
| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |
${rows
  .map(
    (r) =>
      `| ${r.type} \`${r.path}\` | ${r.html.raw} B | ${r.html.gzip} B | ${r.html.brotli} B | ${r.script} B | ${r.lh?.scores ?? '–'} | ${r.lh?.lcpMs ?? '–'} ms | ${r.lh?.cls ?? '–'} | ${r.lh?.tbt ?? '–'} |`,
  )
  .join('\n')}

LCP of the live story's first page against the seed article's, same run: ${ratio}× (the budget is 1.2×). The
updates draw on thirty sentences, so they compress somewhat better than a real night's text would; the budget
test (\`tests/build/live.test.ts\`, 30 KB) leaves room for that.
`;
}
