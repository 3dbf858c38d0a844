// @ts-check
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { bundleClient } from './bundle-client.mjs';
import { finishPages } from './finish-pages.mjs';
import { finishSite, listFiles } from './finish-site.mjs';
import { FRAMEWORK_MARKERS } from './to-static-html.mjs';
import { linkReusedPages, toManifest } from './published-site.mjs';

/**
 * Turns Next's export in `outDir` into the site readers get: pages without framework JavaScript,
 * CSS inlined, the enhancement script inlined where a page uses it (and a live story's script on its
 * pages), and a `_headers` file with the security policy that allows exactly those by their hashes. The pages the plan reuses are linked
 * in from the published site (`publishedDir`, described by `published`), finished already. Which pages
 * are search pages the plan says (its kinds, from the page table). Returns the new site's manifest.
 * With `imageOrigin` (IMAGE_SERVICE's origin) pages show photos from the image service there: the policy
 * allows images from it, and previews may point at it.
 * @param {{ root: string, outDir: string, siteUrl: string, imageOrigin?: string, plan: import('../../lib/build/reuse-plan').ReusePlan, publishedDir: string, published: import('../../lib/build/page-reuse').SiteManifest | undefined }} options
 * @returns {Promise<{ pages: number, reusedPages: number, scriptBytes: number, manifest: import('../../lib/build/page-reuse').SiteManifest, linked: Set<string> }>}
 */
export async function finishExport({ root, outDir, siteUrl, imageOrigin, plan, publishedDir, published }) {
  const script = await bundleClient(root);
  const searchScript = await bundleClient(root, 'search');
  const liveScript = await bundleClient(root, 'live');
  const favicon = path.join(root, 'public', 'favicon.svg');
  const iconDataUrl = `data:image/svg+xml,${encodeURIComponent(readFileSync(favicon, 'utf8').trim())}`;

  // Next also writes its not-found page as routes readers could reach with status 200.
  for (const extra of ['_not-found', '404']) rmSync(path.join(outDir, extra), { recursive: true, force: true });
  // A shard's build renders a few pages of other shards, which Next needs (lib/build/shard-plan.ts): not its own.
  for (const file of plan.elsewhere) rmSync(path.join(outDir, file), { force: true });

  // What Next wrote: the reused pages linked in next come finished, and need none of what follows for it.
  const rendered = listFiles(outDir);
  const pages = rendered.filter((file) => file.endsWith('.html'));
  // Reused pages were finished when they were rendered: they join here with what was learnt of them then,
  // before the rendered pages' previews are checked, since a rendered page may show a reused article's
  // share card (a short link /a/<id>/ does), which comes with the article's page.
  const { facts: reusedFacts, linked } = linkReusedPages(outDir, publishedDir, plan, published);
  // What the page table says of each page (its first file is the page, below out/).
  const planned = Object.values(plan.pages);
  const pagesWhere = (/** @type {(page: import('../../lib/build/reuse-plan').PlannedPage) => boolean} */ test) =>
    planned.filter(test).flatMap(({ files }) => files.slice(0, 1));
  const searchPages = pagesWhere(({ kind }) => kind === 'search');
  const searchable = pagesWhere((page) => page.searchable);
  // Pages are independent: one worker thread per core makes them framework-free and checks previews.
  const results = await inWorkers(pages, {
    root,
    outDir,
    siteUrl,
    ...(imageOrigin ? { imageOrigin } : {}),
    iconDataUrl,
    ...(script ? { enhanceScript: script } : {}),
    ...(liveScript ? { liveScript } : {}),
    ...(searchScript ? { searchScript } : {}),
    searchPages,
    searchable,
    articlePreviews: pagesWhere(({ route }) => route === '/news/[slug]/'),
  });
  // The framework's files are no longer referenced by any page.
  rmSync(path.join(outDir, '_next'), { recursive: true, force: true });
  for (const file of rendered) {
    if (isRscPayload(path.relative(outDir, file).split(path.sep).join('/'))) rmSync(file, { force: true });
  }
  // Pages were checked one by one above; feeds and sitemaps carry articles' words, which may mention
  // anything. What is left to check is text Next wrote itself: a payload file named in a new way.
  for (const file of rendered.filter((f) => f.endsWith('.txt') && existsSync(f))) {
    const text = readFileSync(file, 'utf8');
    const marker = FRAMEWORK_MARKERS.find((m) => text.includes(m));
    if (marker)
      throw new Error(`${path.relative(root, file)} still mentions ${marker} after the framework files were removed`);
  }

  // Previews were checked page by page above.
  const previewErrors = results.flatMap((r) => r.previewErrors);
  if (previewErrors.length > 0) {
    throw new Error(
      `Link previews are broken (${previewErrors.length}):\n${previewErrors.map((line) => `  - ${line}`).join('\n')}`,
    );
  }
  const facts = new Map([...results.flatMap((r) => r.facts), ...reusedFacts]);
  // What spans the whole site, the search index and the headers, waits for the merge in a shard's build.
  if (!plan.shard) {
    const published = { dir: publishedDir, pages: linked };
    await finishSite({ root, outDir, siteUrl, ...(imageOrigin ? { imageOrigin } : {}), planned, facts, published });
  }
  return {
    linked,
    pages: pages.length + reusedFacts.length,
    reusedPages: reusedFacts.length,
    scriptBytes: script ? Buffer.byteLength(script) : 0,
    manifest: toManifest(plan, published, new Map(results.flatMap((r) => r.facts))),
  };
}

/**
 * True for the React Server Component payloads Next writes beside each page (`index.txt`,
 * `__next.*.txt`), which no page uses once the framework is gone. Other text files, such as
 * `robots.txt`, are the site's own and stay.
 * @param {string} relativePath a path below out/, with forward slashes
 * @returns {boolean}
 */
export function isRscPayload(relativePath) {
  return /(^|\/)(index|__next\.[^/]*)\.txt$/.test(relativePath);
}

/**
 * Runs finishPages (finish-pages.mjs) over `pages` split between one worker thread per core, or in
 * this thread when there are few pages or one core. Throws the first page's error.
 * @param {string[]} pages @param {import('./finish-pages.mjs').PageOptions} options
 * @returns {Promise<import('./finish-pages.mjs').PagesResult[]>}
 */
async function inWorkers(pages, options) {
  const threads = Math.min(availableParallelism(), Math.ceil(pages.length / 200));
  if (threads <= 1) return [finishPages(pages, options)];
  const shares = Array.from({ length: threads }, (_, i) => pages.filter((_, n) => n % threads === i));
  return Promise.all(
    shares.map(
      (files) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL('./finish-pages.mjs', import.meta.url), {
            workerData: { finishPages: { files, options } },
          });
          worker.once('message', (message) =>
            message.ok ? resolve(message.result) : reject(new Error(message.message)),
          );
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`a page worker stopped with code ${code}`)));
        }),
    ),
  );
}
