// @ts-check
// `npm run build`: Next's static export into out/, made framework-free (see build-steps/), then a
// record of what it was made from (.site-build/, see build-record.mjs). With OUT_DIR set (fixture
// sites for the tests) the finished export is moved there instead: Next itself always exports into out/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finishExport } from './build-steps/finish-export.mjs';
import { readShareImageLog } from './build-steps/share-image-log.mjs';
import { planFile, recordBuild } from './build-record.mjs';
import { outDirProblem } from './out-dir.mjs';

const root = path.resolve(import.meta.dirname, '..');
// The share-image route's workers note there what they rendered and what they reused from the cache.
const workDir = mkdtempSync(path.join(tmpdir(), 'site-build-'));
const shareImageLog = path.join(workDir, 'share-images.log');
const outDir = path.join(root, 'out');
const target = process.env.OUT_DIR ? path.resolve(root, process.env.OUT_DIR) : outDir;
// The finished site replaces whatever is at OUT_DIR: refuse, before anything is touched, a folder that
// is or holds the project or anything else that is not the site's own.
const outDirRefused = process.env.OUT_DIR
  ? outDirProblem(root, process.env.OUT_DIR, path.resolve(root, process.env.CONTENT_DIR?.trim() || 'content'))
  : '';
if (outDirRefused) {
  console.error(outDirRefused);
  process.exit(1);
}
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  // One moment for the whole build, so every page and feed agrees on which embargoes have lifted.
  BUILD_TIME: process.env.BUILD_TIME || new Date().toISOString(),
  SHARE_IMAGE_LOG: shareImageLog,
  // The check writes the table of every page here; Next's workers read it (lib/site/page-table.ts).
  PAGE_TABLE: path.join(workDir, 'pages.v8'),
  // Parsed articles from earlier builds of this site, by the hash of what each is made from (lib/content/article-cache.ts).
  ARTICLE_CACHE_DIR: path.join(root, '.cache', 'articles', path.basename(target)),
  // The check decides which pages are unchanged since the last build of this site (one cache per output
  // folder); Next's workers skip them and the finish step copies them in (lib/build/page-reuse.ts).
  PAGE_REUSE_PLAN: path.join(workDir, 'reuse-plan.json'),
  PAGE_CACHE_DIR: path.join(root, '.cache', 'pages', path.basename(target)),
};
rmSync(outDir, { recursive: true, force: true });
const started = performance.now();
// Content first: an editor's mistake is reported in plain words before Next prints anything.
const reportFile = path.join(workDir, 'report.json');
const check = spawnSync(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'scripts/check.ts'), '--report', reportFile, '--derive'],
  {
    cwd: root,
    stdio: 'inherit',
    env,
  },
);
if (check.status !== 0) process.exit(check.status ?? 1);
const checked = performance.now();
// The settings as check.ts validated them (lib/site-config.ts): the one definition of their defaults.
const { settings, nextRelease } = JSON.parse(readFileSync(reportFile, 'utf8'));
const next = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env,
});
if (next.status !== 0) process.exit(next.status ?? 1);
const rendered = performance.now();
const shareImages = readShareImageLog(shareImageLog);
const plan = JSON.parse(readFileSync(env.PAGE_REUSE_PLAN, 'utf8'));
const finished = await finishExport({
  root,
  outDir,
  siteUrl: settings.SITE_URL,
  plan,
  cacheDir: env.PAGE_CACHE_DIR,
});
const seconds = (/** @type {number} */ from, to = performance.now()) => `${((to - from) / 1000).toFixed(1)} s`;
// One line the bench reads (scripts/bench/measure.mjs): where this build's time went.
console.log(
  `Steps: check ${seconds(started, checked)}, next ${seconds(checked, rendered)}, finish ${seconds(rendered)}`,
);
if (target !== outDir) {
  rmSync(target, { recursive: true, force: true });
  renameSync(outDir, target);
}
const reused = new Set(plan.reused);
recordBuild(root, target, settings, {
  nextRelease,
  work: {
    shareImages,
    pages: { rendered: Object.keys(plan.pages).filter((page) => !reused.has(page)), reused: plan.reused },
  },
});
writeFileSync(planFile(root, target), JSON.stringify(plan));
rmSync(workDir, { recursive: true, force: true });
console.log(
  `Share images: ${shareImages.rendered.length} rendered, ${shareImages.reused.length} reused from .cache/og/. Unchanged since the last build, copied from ${path.relative(root, env.PAGE_CACHE_DIR)}/: ${plan.reused.length} of ${Object.keys(plan.pages).length} pages.`,
);
console.log(
  `Site built into ${path.relative(root, target)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s: ${finished.pages} pages, no framework JavaScript, ${finished.scriptBytes} bytes of enhancement script`,
);
