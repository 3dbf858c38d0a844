// @ts-check
// `npm run build`: the site into out/ (or OUT_DIR: the fixture sites of the tests). The check validates
// the content and lists every page; Next renders the pages that changed into a folder of its own
// (.site-build/render/); the finish step makes them framework-free and assembles the new site beside
// the published one, taking every unchanged page from it (build-steps/published-site.mjs); then the new
// site takes the old one's place in one rename. Until that moment the published site is untouched: a
// build that fails or is stopped leaves it as it was. Then a record of what the site was made from
// (.site-build/, see build-record.mjs).
// With `--shard K/N` (or SHARD=K/N) it builds one shard's pages into shards/K-of-N/ instead, for
// `npm run build:merge` to put together with the others (README, "Building in shards"); a shard that fails
// says why in shards/K-of-N.failed.txt, which the merge reports.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finishExport } from './build-steps/finish-export.mjs';
import { readShareImageLog } from './build-steps/share-image-log.mjs';
import { changedUrlsFile, planFile, recordBuild } from './build-record.mjs';
import { changedFiles, toUrls } from './build-steps/changed-files.mjs';
import {
  readManifest,
  recoverSite,
  removeInBackground,
  swapSite,
  sweepTrash,
  throwAway,
  writeManifest,
} from './build-steps/published-site.mjs';
import { outDirProblem } from './out-dir.mjs';
import { shardLabel, shardName, shardSetting } from './shard-setting.mjs';
import { SHARD_RECORD, failureFile } from './build-steps/merge-shards.mjs';

const root = path.resolve(import.meta.dirname, '..');
/** What Next keeps in .next/ from one build to the next (its `clean` step spares them): its caches. */
const NEXT_KEEPS = new Set(['cache', 'dev', 'diagnostics', 'lock', 'trace']);
// The share-image route's workers note there what they rendered and what they reused from the cache.
const workDir = mkdtempSync(path.join(tmpdir(), 'site-build-'));
const shareImageLog = path.join(workDir, 'share-images.log');
/** @type {import('./shard-setting.mjs').Shard | undefined} */
let shard;
try {
  shard = shardSetting(process.argv.slice(2), process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const target = process.env.OUT_DIR
  ? path.resolve(root, process.env.OUT_DIR)
  : path.join(root, ...(shard ? ['shards', shardName(shard)] : ['out']));
const siteName = path.basename(target);
// Where Next renders, and where the new site is assembled: beside the published one, on its file
// system, so it moves into place with a rename and takes unchanged pages as hard links.
const renderDir = path.join(root, '.site-build', 'render');
const nextSiteDir = path.join(path.dirname(target), `.${siteName}.next`);
const asideDir = path.join(path.dirname(target), `.${siteName}.previous`);
// What this build replaces goes here, beside the site (a rename), and is removed in the background; the
// same for Next's own output of the last build, which Next would otherwise remove file by file first.
const siteTrashRoot = path.join(path.dirname(target), `.${siteName}.trash`);
const siteTrash = path.join(siteTrashRoot, `${process.pid}-${Date.now()}`);
const nextTrashRoot = path.join(root, '.site-build', 'trash');
const nextTrash = path.join(nextTrashRoot, `${process.pid}-${Date.now()}`);
const manifestFile = planFile(root, target);
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
  // The check decides which pages are as the published site has them (lib/build/page-reuse.ts); Next's
  // workers skip them and the finish step links them in.
  PAGE_REUSE_PLAN: path.join(workDir, 'reuse-plan.json'),
  PUBLISHED_DIR: target,
  PUBLISHED_MANIFEST: manifestFile,
  // Next's export goes here (next.config.ts), never into the published site.
  RENDER_DIR: path.relative(root, renderDir),
  SHARD: shard ? shardLabel(shard) : '',
};
// A shard's failure is recorded beside its folder for the merge to name (merge-shards.mjs); a new attempt starts without one.
const failedFile = shard ? failureFile(target) : undefined;
if (failedFile) rmSync(failedFile, { force: true });
// A build stopped between the two renames that publish a site left it aside: it goes back first.
if (recoverSite(target, asideDir)) console.log(`${siteName}/ was left aside by an interrupted build: put back.`);
sweepTrash(siteTrashRoot);
sweepTrash(nextTrashRoot);
if (existsSync(nextSiteDir)) throwAway(nextSiteDir, siteTrash);
const started = performance.now();
// Content first: an editor's mistake is reported in plain words before Next prints anything.
const reportFile = path.join(workDir, 'report.json');
const check = await runStep('the check', [
  '--import',
  'tsx',
  path.join(root, 'scripts/check.ts'),
  '--report',
  reportFile,
  '--derive',
]);
if (check !== 0) process.exit(check);
const checked = performance.now();
// The settings as check.ts validated them (lib/site-config.ts): the one definition of their defaults.
const { settings, nextRelease } = JSON.parse(readFileSync(reportFile, 'utf8'));
const plan = JSON.parse(readFileSync(env.PAGE_REUSE_PLAN, 'utf8'));
if (plan.unchanged) {
  // Every page and file would come out as the published site has it: nothing to render or rewrite.
  writeFileSync(changedUrlsFile(root, target), '');
  // …but a shard names the commit it is now built from, so the merge finds its shards alike.
  if (shard) renewCommit(path.join(target, SHARD_RECORD));
  rmSync(workDir, { recursive: true, force: true });
  console.log(
    `Nothing changed since the last build: ${path.relative(root, target)}/ is as it was (${((performance.now() - started) / 1000).toFixed(1)} s).`,
  );
  process.exit(0);
}
// Next starts by removing its last build's output from .next/ (all but its caches), file by file: after a
// build of 10,000 articles, 21 s. Moved aside here, it is removed in the background instead.
for (const entry of existsSync(path.join(root, '.next')) ? readdirSync(path.join(root, '.next')) : [])
  if (!NEXT_KEEPS.has(entry)) throwAway(path.join(root, '.next', entry), nextTrash);
removeInBackground(nextTrash);
// The site is made beside its folder, whose parent may not exist yet (shards/ before the first shard).
mkdirSync(path.dirname(target), { recursive: true });
const next = await runStep('next build', [path.join(root, 'node_modules/next/dist/bin/next'), 'build']);
if (next !== 0) process.exit(next);
const rendered = performance.now();
const shareImages = readShareImageLog(shareImageLog);
moveFolder(renderDir, nextSiteDir);
let finished;
try {
  finished = await finishExport({
    root,
    outDir: nextSiteDir,
    siteUrl: settings.SITE_URL,
    ...(settings.THUMBOR_URL ? { imageOrigin: new URL(settings.THUMBOR_URL).origin } : {}),
    plan,
    publishedDir: target,
    published: readManifest(manifestFile),
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if (failedFile) writeFileSync(failedFile, failure('the finish step', message));
  console.error(message);
  process.exit(1);
}
// A shard's folder says what it is and what it was made from, for the merge (merge-shards.mjs).
if (shard)
  writeFileSync(
    path.join(nextSiteDir, SHARD_RECORD),
    JSON.stringify({
      shard: shardLabel(shard),
      commit: currentCommit(),
      version: plan.version,
      siteUrl: settings.SITE_URL,
      ...(settings.THUMBOR_URL ? { imageOrigin: new URL(settings.THUMBOR_URL).origin } : {}),
      siteKey: plan.siteKey,
      outputsKey: plan.outputsKey,
      pages: finished.manifest.pages,
    }),
  );
const changes = changedFiles(target, nextSiteDir, finished.linked);
swapSite(target, nextSiteDir, asideDir, siteTrash);
writeManifest(manifestFile, finished.manifest);
removeInBackground(siteTrash);
const changedUrls = toUrls([...changes.added, ...changes.changed, ...changes.removed].sort(), settings.SITE_URL);
writeFileSync(changedUrlsFile(root, target), changedUrls.map((url) => `${url}\n`).join(''));
const seconds = (/** @type {number} */ from, to = performance.now()) => `${((to - from) / 1000).toFixed(1)} s`;
// One line the bench reads (scripts/bench/measure.mjs): where this build's time went.
console.log(
  `Steps: check ${seconds(started, checked)}, next ${seconds(checked, rendered)}, finish ${seconds(rendered)}`,
);
const reused = new Set(plan.reused);
recordBuild(root, target, settings, {
  nextRelease,
  work: {
    shareImages,
    pages: { rendered: Object.keys(plan.pages).filter((page) => !reused.has(page)), reused: plan.reused },
  },
});
rmSync(workDir, { recursive: true, force: true });
console.log(
  `Share images: ${shareImages.rendered.length} rendered, ${shareImages.reused.length} reused from .cache/og/. Unchanged since the last build, taken from the published site: ${plan.reused.length} of ${Object.keys(plan.pages).length} pages.`,
);
console.log(
  `Changed for readers: ${changes.added.length} files added, ${changes.changed.length} changed, ${changes.removed.length} removed; their addresses are in ${path.relative(root, changedUrlsFile(root, target))}.`,
);
console.log(
  `Site built into ${path.relative(root, target)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s: ${finished.pages} pages, no framework JavaScript, ${finished.scriptBytes} bytes of enhancement script`,
);

/**
 * Runs one step of the build (node with `args`) and returns its exit code; what it prints goes on to
 * this process's output as it comes. In a shard's build a failing step's last lines are kept in the
 * shard's failure record, so the merge can say which shard failed and why.
 * @param {string} name @param {string[]} args @returns {Promise<number>}
 */
function runStep(name, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['inherit', 'inherit', 'pipe'] });
    /** @type {string[]} */
    const said = [];
    child.stderr.on('data', (/** @type {Buffer} */ chunk) => {
      process.stderr.write(chunk);
      said.push(chunk.toString());
      if (said.length > 200) said.shift();
    });
    child.on('close', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      if (status !== 0 && failedFile) writeFileSync(failedFile, failure(name, said.join('')));
      resolve(status);
    });
  });
}

/** @param {string} step @param {string} output @returns {string} a shard's failure record */
function failure(step, output) {
  const lines = output.trimEnd().split('\n').slice(-60).join('\n');
  return `Shard ${shard ? shardLabel(shard) : ''} failed in ${step}:\n${lines}\n`;
}

/** @returns {string} the commit the project is at (GITHUB_SHA in a workflow without history), or "unknown" */
function currentCommit() {
  const git = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  return git.status === 0 ? git.stdout.trim() : process.env.GITHUB_SHA || 'unknown';
}

/** @param {string} file a shard's record, rewritten with this commit (through a temporary file: never half-written) */
function renewCommit(file) {
  if (!existsSync(file)) return;
  writeFileSync(
    `${file}.partial`,
    JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), commit: currentCommit() }),
  );
  renameSync(`${file}.partial`, file);
}

/**
 * Moves a folder with a rename, or where `to` is on another file system (an OUT_DIR elsewhere), a copy.
 * @param {string} from @param {string} to
 */
function moveFolder(from, to) {
  try {
    renameSync(from, to);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
