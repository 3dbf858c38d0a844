// `npm run check`: validates every article and photo in content/ without building.
// For editors and pre-commit hooks; `npm run build` runs it first. Exit code 1 when anything is wrong.
// `--report FILE` also writes the validated settings, what this build holds back and when the next
// embargo lifts, as JSON.
// `--derive` (the build) then makes the published photos into public/images/ with their catalogue, and
// the printed copies' QR codes into public/qr/.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir, setPublishedArticles } from '../lib/articles';
import { commitArticleCache } from '../lib/content/article-cache';
import { ContentError } from '../lib/content/content-error';
import { catalogFile } from '../lib/images/image-catalog';
import { checkImages } from '../lib/images/check-images';
import { deriveImages } from '../lib/images/derive-images';
import { readArticles } from '../lib/content/load-articles';
import { readPublishingRules, selectPublished } from '../lib/content/publishing';
import { writeQrCodes } from '../lib/metadata/qr-files';
import { articleUrl } from '../lib/urls';
import { readBuildSettings } from '../lib/site-config';
import { brokenSiteLinks, sitePaths } from '../lib/site/link-check';
import { buildPageTable } from '../lib/site/pages';
import { pageTableFile, writePageTable } from '../lib/site/page-table';
import { outputsKey, planReuse, plannedPages, siteKey } from '../lib/build/page-reuse';
import { toNewsSitemap } from '../lib/metadata/sitemaps';
import { reusePlanFile } from '../lib/build/reuse-plan';
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
  const { published, held } = selectPublished(articles, rules);
  // Links between articles can only be checked once it is known which pages this build makes.
  setPublishedArticles(published);
  const paths = sitePaths(buildPageTable(), path.join(root, 'public'));
  for (const pending of pendingPaths) paths.add(pending);
  const broken = brokenSiteLinks(published, paths);
  const everything = [...problems, ...images.problems, ...broken];
  if (everything.length > 0) throw new ContentError(everything);
  const where = path.relative(process.cwd(), dir) || dir;
  console.log(
    `${where}/: ${articles.length} valid article${articles.length === 1 ? '' : 's'}, ${published.length} to publish, ${images.requests.length} photo${images.requests.length === 1 ? '' : 's'}.`,
  );
  for (const { file, reason } of held) console.log(`  held back: ${file}: ${reason}`);
  for (const warning of images.warnings) console.log(`  warning: ${warning}`);
  if (derive) {
    // Only photos of published articles reach out/: an embargoed story's photo waits with it.
    const inUse = new Set(
      published.flatMap((article) => [article.image?.src, ...article.bodyImages.map(({ src }) => src)]),
    );
    const requests = images.requests.filter((request) => inUse.has(request.src));
    const started = performance.now();
    const { catalog, encoded, reused } = await deriveImages(requests, {
      cacheDir: imageCache,
      outDir: path.join(root, 'public', 'images'),
    });
    mkdirSync(path.dirname(catalogFile(root)), { recursive: true });
    writeFileSync(catalogFile(root), JSON.stringify(catalog));
    writeQrCodes(
      published.map((article) => articleUrl(article.slug)),
      path.join(root, 'public', 'qr'),
    );
    // The page table with the photos' renditions: Next's page workers read it rather than building it again.
    setPublishedArticles(undefined);
    const table = buildPageTable();
    const tableFile = pageTableFile();
    if (tableFile) writePageTable(tableFile, table);
    // Which pages are as the site the build replaces has them (lib/build/page-reuse.ts).
    const planFile = reusePlanFile();
    const publishedDir = process.env.PUBLISHED_DIR;
    const manifestFile = process.env.PUBLISHED_MANIFEST;
    if (planFile && publishedDir && manifestFile) {
      const site = siteKey({ code: codeFiles(root), settings });
      const pages = plannedPages(table);
      const news = toNewsSitemap(published, rules.now, settings.SITE_NAME);
      const current = { siteKey: site, pages, outputsKey: outputsKey(site, pages, news) };
      const plan = planReuse(current, readManifest(manifestFile), (file) => existsSync(path.join(publishedDir, file)));
      writeFileSync(planFile, JSON.stringify(plan));
    }
    console.log(
      `Photos: ${requests.length} originals, ${encoded} files encoded, ${reused} reused from the cache, in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
  }
  // Everything checked out: the articles parsed now join the parse cache (a build also drops what it no longer uses).
  commitArticleCache({ prune: derive });
  if (reportFile) {
    const nextRelease = articles
      .map(({ publishedAt }) => new Date(publishedAt))
      .filter((instant) => instant > rules.now)
      .sort((a, b) => a.getTime() - b.getTime())[0];
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
