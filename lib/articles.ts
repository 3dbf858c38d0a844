import path from 'node:path';
import type { Article, ArticleSummary } from './content/article';
import { readImageCatalog } from './images/image-catalog';
import { ContentError } from './content/content-error';
import { loadArticles } from './content/load-articles';
import { brokenSiteLinks } from './content/site-links';
import { type HeldArticle, readPublishingRules, selectPublished } from './content/publishing';
import { readContentDir } from './site-config';
import { readSnapshot, snapshotFile, writeSnapshot } from './articles-snapshot';

export type { Article, ArticleSummary, Correction, LeadImage, SafeHtml, TopicRef } from './content/article';
export { readPublishingRules } from './content/publishing';
export type { ImageRendition } from './images/image-catalog';

let cache: Readonly<{ published: readonly Article[]; held: readonly HeldArticle[] }> | undefined;

/** The folder articles are read from: `content/`, or `CONTENT_DIR` (used by benchmarks and fixture builds). */
export function contentDir(): string {
  return path.resolve(readContentDir());
}

function load() {
  // In a build, the check step has loaded and validated everything already (lib/articles-snapshot.ts).
  cache ??= readSnapshot(snapshotFile());
  if (!cache) {
    const catalog = readImageCatalog();
    const articles = loadArticles(contentDir(), process.cwd(), (src) => catalog[src]);
    // A photo the image step did not derive stops the build: no page is written with its photo left out.
    const missing = articles.flatMap((article) =>
      [article.image?.src, ...article.bodyImages.map(({ src }) => src)]
        .filter((src) => src !== undefined && !catalog[src])
        .map((src) => `${article.file}: ${src}`),
    );
    if (missing.length > 0)
      throw new Error(
        `Photos not derived (build with npm run build, which makes them first):\n  ${missing.join('\n  ')}`,
      );
    const selected = selectPublished(articles, readPublishingRules());
    const broken = brokenSiteLinks(selected.published);
    if (broken.length > 0) throw new ContentError(broken);
    cache = selected;
  }
  return cache;
}

/** Writes what this process loaded to the build's snapshot, for Next's page workers to read. */
export function snapshotArticles(file: string): void {
  writeSnapshot(file, load());
}

/**
 * Every article this build publishes, newest first: drafts only under `next dev`, nothing under
 * embargo. Throws a ContentError when any content file is invalid.
 */
export function getArticles(): readonly Article[] {
  return load().published;
}

/** What this build holds back, and why. */
export function getHeldArticles(): readonly HeldArticle[] {
  return load().held;
}

type Index = Readonly<{ bySlug: Map<string, Article>; byAlias: Map<string, Article>; byId: Map<string, Article> }>;
let index: Index | undefined;

// Every page looks its article up: by a map built once, so a build's lookups grow with the archive,
// not with its square (a search through 10,000 articles for each of 10,000 pages).
function lookup(): Index {
  if (!index) {
    const articles = getArticles();
    index = {
      bySlug: new Map(articles.map((article) => [article.slug, article])),
      byAlias: new Map(articles.flatMap((article) => article.aliases.map((alias) => [alias, article] as const))),
      byId: new Map(articles.map((article) => [article.id, article])),
    };
  }
  return index;
}

/** The article at `slug`, or undefined. */
export function getArticle(slug: string): Article | undefined {
  return lookup().bySlug.get(slug);
}

/** The article that once lived at `/news/<alias>/`, for its redirect page. */
export function getArticleByAlias(alias: string): Article | undefined {
  return lookup().byAlias.get(alias);
}

/** The article behind the short link `/a/<id>/`. */
export function getArticleById(id: string): Article | undefined {
  return lookup().byId.get(id);
}

/** What the home page lists for each article, newest first. */
export function getSummaries(): ArticleSummary[] {
  return getArticles().map(({ id, slug, headline, standfirst, author, authorSlug, published, language, image }) => ({
    id,
    slug,
    headline,
    standfirst,
    author,
    authorSlug,
    published,
    language,
    image,
  }));
}
export { formatDate } from './content/dates';
