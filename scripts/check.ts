// `npm run check`: validates every article and photo in content/ without building.
// For editors and pre-commit hooks; `npm run build` runs it first. Exit code 1 when anything is wrong.
// `--report FILE` also writes the validated settings, what this build holds back and when the next
// embargo lifts, as JSON.
// `--derive` (the build) then makes the published photos into public/images/ with their catalogue (or,
// with IMAGE_SERVICE=thumbor, only the catalogue of signed image-service URLs), and the printed copies'
// QR codes into public/qr/.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  contentDir,
  getEditionLanguages,
  getRegistry,
  getSiteFile,
  getSitePages,
  setPublishedArticles,
} from '../lib/articles';
import { commitArticleCache } from '../lib/content/article-cache';
import { type ContentProblem, ContentError } from '../lib/content/content-error';
import { catalogFile, type ImageCatalog } from '../lib/images/image-catalog';
import { checkImages, publishedRequests } from '../lib/images/check-images';
import { checkAuthorPhotos, withoutPortraits, withPortraits } from '../lib/images/author-photos';
import { readImageService } from '../lib/images/image-service';
import { serviceCatalog } from '../lib/images/service-images';
import { deriveImages } from '../lib/images/derive-images';
import { readArticles } from '../lib/content/load-articles';
import { nextReleases, readPublishingRules, selectPublished } from '../lib/content/publishing';
import { writeQrCodes } from '../lib/metadata/qr-files';
import { SECURITY_TXT_PATH, writeSecurityTxt } from '../lib/metadata/security-txt';
import { siteSecurityTxt } from '../lib/site/publisher';
import { articlePath, articleUrl } from '../lib/urls';
import { readBuildSettings } from '../lib/site-config';
import { brokenPageLinks, brokenSiteLinks, sitePaths } from '../lib/site/link-check';
import { aboutPath } from '../lib/urls';
import { buildPageTable, type PageTable } from '../lib/site/pages';
import { writeLiveFiles } from '../lib/site/live-files';
import { pageTableFile, writeRenderTable } from '../lib/site/page-table';
import { tableArticles, toRenderTable } from '../lib/site/render-table';
import { outputsKey, planReuse, plannedPages, siteKey } from '../lib/build/page-reuse';
import { toNewsSitemap } from '../lib/metadata/sitemaps';
import { isSitemapPart, writeSitemapParts } from '../lib/metadata/sitemap-files';
import { type ReusePlan, reusePlanFile } from '../lib/build/reuse-plan';
import { parseShard } from './shard-setting.mjs';
import { shardOf } from '../lib/build/shards';
import { elsewhereFiles, shardPaths, shardSkips } from '../lib/build/shard-plan';
import { codeFiles, envFilesProblem } from './build-record.mjs';
import { readManifest } from './build-steps/published-site.mjs';

const reportArg = process.argv.indexOf('--report');
const reportFile = reportArg === -1 ? undefined : process.argv[reportArg + 1];
const derive = process.argv.includes('--derive');
const dir = contentDir();
const root = process.cwd();
const imageCache = path.join(root, '.cache', 'images');

// The site's settings come from the environment; a bad one is reported here in plain words, not by Next.
let settings: ReturnType<typeof readBuildSettings>;
try {
  settings = readBuildSettings();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
// …and from the environment only: a .env file would give next build settings this check never saw.
const envFiles = envFilesProblem(root);
if (envFiles) {
  console.error(envFiles);
  process.exit(1);
}

try {
  const rules = readPublishingRules();
  // Every problem in one run: the files' own, their photos' and the links between them, the last two
  // checked on the articles that are valid (a link to a file with a problem waits for its fix).
  const { articles, problems, pendingPaths } = readArticles(dir);
  const images = await checkImages(articles, { contentDir: dir, rootDir: root, cacheDir: imageCache });
  // Authors' photos (authors.yml) take the same path as articles' photos.
  const portraits = await checkAuthorPhotos(getRegistry(), { contentDir: dir, rootDir: root, cacheDir: imageCache });
  const { published, held } = selectPublished(articles, rules);
  // Links between articles can only be checked once it is known which pages this build makes: on the
  // page table. A build with nothing else wrong checks them on its one table, made after the photos
  // (below); otherwise they are checked here, so every problem is named in one run.
  const early = [...problems, ...images.problems, ...portraits.problems];
  if (early.length > 0 || !derive) {
    setPublishedArticles(published);
    const everything = [...early, ...brokenLinks(buildPageTable(), pendingPaths)];
    if (everything.length > 0) throw new ContentError(everything);
  }
  const where = path.relative(process.cwd(), dir) || dir;
  console.log(
    `${where}/: ${articles.length} valid article${articles.length === 1 ? '' : 's'}, ${published.length} to publish, ${images.requests.length} photo${images.requests.length === 1 ? '' : 's'}.`,
  );
  for (const { file, reason } of held) console.log(`  held back: ${file}: ${reason}`);
  for (const warning of withoutPortraits(images.warnings, portraits.requests, { contentDir: dir, rootDir: root }))
    console.log(`  warning: ${warning}`);
  if (derive) {
    // Only photos of published articles reach out/: an embargoed story's photo waits with it.
    // And the photos of the authors whose pages this build publishes.
    const requests = withPortraits(
      publishedRequests(images.requests, published),
      portraits.requests,
      getRegistry(),
      published,
    );
    const started = performance.now();
    const cpu = process.cpuUsage();
    const service = readImageService();
    const publicImages = path.join(root, 'public', 'images');
    let photoLine: string;
    let catalog: ImageCatalog;
    if (service.kind === 'thumbor') {
      // The service makes every size on request: no photo file is derived or published.
      catalog = await serviceCatalog(requests, { cacheDir: imageCache, service });
      rmSync(publicImages, { recursive: true, force: true });
      photoLine = `Photos: ${requests.length} originals, served by Thumbor at ${service.url} (signed URLs, no files derived); copy the originals there with npm run copy-originals -- <folder>.`;
    } else {
      const derived = await deriveImages(requests, { cacheDir: imageCache, outDir: publicImages });
      catalog = derived.catalog;
      const used = process.cpuUsage(cpu);
      photoLine = `Photos: ${requests.length} originals, ${derived.encoded} files encoded, ${derived.reused} reused from the cache, in ${((performance.now() - started) / 1000).toFixed(1)} s (${((used.user + used.system) / 1e6).toFixed(1)} s of CPU).`;
    }
    mkdirSync(path.dirname(catalogFile(root)), { recursive: true });
    writeFileSync(catalogFile(root), JSON.stringify(catalog));
    // A shard draws the QR codes of its own stories only: their printed pages are the shard's (lib/build/shards.ts).
    const shard = process.env.SHARD ? parseShard(process.env.SHARD) : undefined;
    writeQrCodes(
      published
        .filter((article) => !shard || shardOf(articlePath(article.slug), shard.count) === shard.index)
        .map((article) => articleUrl(article.slug)),
      path.join(root, 'public', 'qr'),
    );
    // Renewed by every build: its expiry counts from BUILD_TIME.
    writeSecurityTxt(path.join(root, 'public'), siteSecurityTxt(rules.now));
    // The page table with the photos' renditions, and the links between pages checked on it.
    setPublishedArticles(undefined);
    const table = buildPageTable();
    const broken = brokenLinks(table, []);
    if (broken.length > 0) throw new ContentError(broken);
    // Each live story's updates file and feed, into public/news/ for Next to copy.
    writeLiveFiles(table, path.join(root, 'public'));
    // Which pages are as the site the build replaces has them (lib/build/page-reuse.ts).
    const planFile = reusePlanFile();
    const publishedDir = process.env.PUBLISHED_DIR;
    const manifestFile = process.env.PUBLISHED_MANIFEST;
    // In a shard's build (SHARD=3/8, set by scripts/build.mjs), its own pages (lib/build/shards.ts).
    const own = shard ? shardPaths(table, shard) : undefined;
    let skipped: ReadonlySet<string> = new Set();
    let plan: ReusePlan | undefined;
    if (planFile && publishedDir && manifestFile) {
      const site = siteKey({ code: codeFiles(root), settings });
      const pages = plannedPages(table);
      // What else depends on the build's moment: the news sitemap's last two days, security.txt's expiry.
      const timely = [toNewsSitemap(published, rules.now, settings.SITE_NAME), siteSecurityTxt(rules.now) ?? ''].join(
        '\0',
      );
      // A shard writes the feeds and sitemaps of the whole site: they are as they were only when every page is.
      const current = {
        siteKey: site,
        pages: own ? Object.fromEntries(Object.entries(pages).filter(([page]) => own.has(page))) : pages,
        outputsKey: outputsKey(site, pages, timely),
        ...(shard ? { shard: `${shard.index}/${shard.count}` } : {}),
      };
      plan = planReuse(current, readManifest(manifestFile), (file) => existsSync(path.join(publishedDir, file)));
      skipped = own ? shardSkips(table, own, new Set(plan.reused)) : new Set(plan.reused);
    }
    // What Next's workers read: the rows of the pages to render and the files beside them, not the archive.
    const tableFile = pageTableFile();
    const render = tableFile ? toRenderTable(table, skipped) : undefined;
    // A sitemap past 50,000 pages is an index of parts, which Next copies from public/sitemaps/: Next's
    // workers, each of which reads the render table, need only the index.
    if (render) writeSitemapParts(render.files, path.join(root, 'public'));
    if (tableFile && render)
      writeRenderTable(tableFile, {
        ...render,
        files: Object.fromEntries(Object.entries(render.files).filter(([file]) => !isSitemapPart(file))),
      });
    if (plan && planFile)
      writeFileSync(
        planFile,
        JSON.stringify(own && render ? { ...plan, elsewhere: elsewhereFiles(table, own, render) } : plan),
      );
    console.log(photoLine);
  }
  // Everything checked out: the articles parsed now join the parse cache (a build also drops what it no longer uses).
  commitArticleCache({ prune: derive });
  if (reportFile) {
    const [nextRelease] = nextReleases(articles, rules.now);
    writeFileSync(
      reportFile,
      JSON.stringify({ settings, held, nextRelease: nextRelease?.toISOString() ?? null }, null, 2),
    );
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  console.error('Fix these in the files named, then run npm run check again.');
  process.exit(1);
}

/**
 * Every link in an article or one of the newsroom's pages to a page of this site that `table` does not
 * make, nor a file in public/, nor one of `pendingPaths` (the pages of files with problems of their own).
 */
function brokenLinks(table: PageTable, pendingPaths: readonly string[]): ContentProblem[] {
  const paths = sitePaths(table, path.join(root, 'public'));
  for (const pending of pendingPaths) paths.add(pending);
  // Written with the photos, for a site with an address (lib/metadata/security-txt.ts).
  if (getSiteFile().contact) paths.add(SECURITY_TXT_PATH);
  // The newsroom's own pages are checked in the editions that publish them (lib/content/site-pages.ts).
  const editions = getEditionLanguages();
  const pages = getSitePages()
    .filter((page) => editions.includes(page.language))
    .map((page) => ({ ...page, path: aboutPath(page.language, page.id) }));
  return [...brokenSiteLinks(tableArticles(table), paths), ...brokenPageLinks(pages, paths)];
}
