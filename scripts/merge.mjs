// @ts-check
// `npm run build:merge -- <shard folders…>`: the site in out/ (or OUT_DIR) from the shards a CI matrix
// or one machine built (`npm run build -- --shard K/N`), as one build of the whole site would have made it,
// with the search index and headers for every page (build-steps/merge-shards.mjs). Like a build, it
// makes the site beside the published one and swaps it in with one rename; a merge that is refused or
// fails leaves the published site as it was.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { changedUrlsFile, planFile } from './build-record.mjs';
import { changedFiles, toUrls } from './build-steps/changed-files.mjs';
import { finishSite } from './build-steps/finish-site.mjs';
import { assembleShards, mergedPages, readShards, shardProblems } from './build-steps/merge-shards.mjs';
import { removeInBackground, swapSite, throwAway, writeManifest } from './build-steps/published-site.mjs';
import { outDirProblem } from './out-dir.mjs';

const root = path.resolve(import.meta.dirname, '..');
const started = performance.now();
const target = process.env.OUT_DIR ? path.resolve(root, process.env.OUT_DIR) : path.join(root, 'out');
const siteName = path.basename(target);
const refused = process.env.OUT_DIR
  ? outDirProblem(root, process.env.OUT_DIR, path.resolve(root, process.env.CONTENT_DIR?.trim() || 'content'))
  : '';
const nextSiteDir = path.join(path.dirname(target), `.${siteName}.next`);
const trash = path.join(path.dirname(target), `.${siteName}.trash`, `${process.pid}-${Date.now()}`);
try {
  if (refused) throw new Error(refused);
  const folders = process.argv.slice(2);
  const shards = readShards(folders);
  const inside = shards.find(({ folder }) => path.resolve(folder) === target);
  if (inside)
    throw new Error(`Cannot merge: ${inside.folder} is where the merged site goes; give OUT_DIR another folder`);
  const problems = shardProblems(shards);
  if (problems.length > 0) throw new Error(`Cannot merge:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const [first] = shards;
  if (!first) throw new Error('Cannot merge: no shards');
  if (existsSync(nextSiteDir)) throwAway(nextSiteDir, trash);
  const files = assembleShards(shards, nextSiteDir);
  const pages = mergedPages(shards, nextSiteDir);
  const facts = new Map(Object.values(pages).flatMap((page) => Object.entries(page.facts)));
  // The security policy allows what the pages inline, as their shards found it: every page must be known.
  const unknown = files.filter((file) => file.endsWith('.html') && !facts.has(file));
  if (unknown.length > 0)
    throw new Error(
      `Cannot merge: no shard says what ${unknown.slice(0, 5).join(', ')} inline; build the shards again`,
    );
  const { siteUrl, imageOrigin, siteKey, outputsKey, version } = first.record;
  await finishSite({
    root,
    outDir: nextSiteDir,
    siteUrl,
    ...(imageOrigin ? { imageOrigin } : {}),
    planned: Object.values(pages),
    facts,
  });
  const changes = changedFiles(target, nextSiteDir);
  swapSite(target, nextSiteDir, path.join(path.dirname(target), `.${siteName}.previous`), trash);
  removeInBackground(trash);
  // The merged site is what a build of the whole site would have made: a later build here reuses its pages.
  writeManifest(planFile(root, target), { version, siteKey, outputsKey, pages });
  const changed = toUrls([...changes.added, ...changes.changed, ...changes.removed].sort(), siteUrl);
  writeFileSync(changedUrlsFile(root, target), changed.map((url) => `${url}\n`).join(''));
  console.log(
    `Merged ${shards.length} shards (${shards.map(({ folder }) => folder).join(', ')}) into ${path.relative(root, target)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s: ${Object.keys(pages).length} pages, ${files.length} files from the shards; ${changed.length} addresses changed for readers (${path.relative(root, changedUrlsFile(root, target))}).`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
