import path from 'node:path';
import type { Article, ArticleSummary, Version } from './content/article';
import { readImageCatalog, resolveImageFrom } from './images/image-catalog';
import { ContentError } from './content/content-error';
import { loadArticles } from './content/load-articles';
import { brokenSiteLinks } from './content/site-links';
import { type HeldArticle, readPublishingRules, selectPublished } from './content/publishing';
import { readContentDir, site } from './site-config';
import { readRegistry, type Registry } from './content/registry';
import { readSiteFile, type SiteFile } from './content/site-file';
import { siteLanguages } from './i18n/languages';
import { readSnapshot, snapshotFile, writeSnapshot } from './articles-snapshot';
import { readReusePlan, reusePlanFile } from './build/reuse-plan';

export type {
  Article,
  ArticleSummary,
  AuthorRef,
  Version,
  Correction,
  LeadImage,
  SafeHtml,
  TopicRef,
} from './content/article';
export type { Person, Topic } from './content/registry';
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
    const resolve = resolveImageFrom(readImageCatalog());
    const articles = loadArticles(contentDir(), process.cwd(), resolve);
    // A photo the image step did not derive stops the build: no page is written with its photo left out.
    const missing = articles.flatMap((article) =>
      [
        ...(article.image && !article.image.rendition ? [article.image.src] : []),
        ...article.bodyImages.filter(({ src }) => !resolve(src)).map(({ src }) => src),
      ].map((src) => `${article.file}: ${src}`),
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

let reused: ReadonlySet<string> | undefined;

/**
 * The articles whose own pages (permalink, earlier slugs, short link, share card) Next renders in this
 * build: every published one, less those whose pages the build takes unchanged from its cache
 * (lib/build/page-reuse.ts, which always leaves at least one to render).
 */
export function getArticlesToRender(): readonly Article[] {
  reused ??= new Set(readReusePlan(reusePlanFile())?.reused ?? []);
  const articles = getArticles();
  return reused.size === 0 ? articles : articles.filter(({ slug }) => !reused?.has(slug));
}

/** What this build holds back, and why. */
export function getHeldArticles(): readonly HeldArticle[] {
  return load().held;
}

type Index = Readonly<{ bySlug: Map<string, Article>; byAlias: Map<string, Article>; byId: Map<string, Article> }>;
const indexes = new WeakMap<readonly Article[], Index>();
// Looked up once per page: a map each, built once per build, so a page costs the same at any archive size.
function index(): Index {
  const articles = getArticles();
  let found = indexes.get(articles);
  if (!found) {
    found = {
      bySlug: new Map(articles.map((article) => [article.slug, article])),
      byAlias: new Map(articles.flatMap((article) => article.aliases.map((alias) => [alias, article] as const))),
      byId: new Map(articles.map((article) => [article.id, article])),
    };
    indexes.set(articles, found);
  }
  return found;
}

/** The article at `slug`, or undefined. */
export function getArticle(slug: string): Article | undefined {
  return index().bySlug.get(slug);
}

/** The article that once lived at `/news/<alias>/`, for its redirect page. */
export function getArticleByAlias(alias: string): Article | undefined {
  return index().byAlias.get(alias);
}

/** The article behind the short link `/a/<id>/`. */
export function getArticleById(id: string): Article | undefined {
  return index().byId.get(id);
}

/** What a list shows for each article. */
export function toSummary({
  id,
  slug,
  headline,
  standfirst,
  authors,
  published,
  language,
  image,
  topicRefs,
}: Article): ArticleSummary {
  return { id, slug, headline, standfirst, authors, published, language, image, topicRefs };
}

const versionsByKey = new WeakMap<readonly Article[], Map<string, Version[]>>();

/**
 * Every version of `article`'s story, itself included, sorted by language tag: the versions that share
 * its translationKey, or only itself. Grouped once per build, so each page's lookup is constant time.
 */
export function getVersions(article: Article): readonly Version[] {
  const own = { language: article.language, slug: article.slug, headline: article.headline };
  if (article.translationKey === undefined) return [own];
  const articles = getArticles();
  let groups = versionsByKey.get(articles);
  if (!groups) {
    groups = new Map();
    for (const { translationKey, language, slug, headline } of articles) {
      if (translationKey === undefined) continue;
      const list = groups.get(translationKey) ?? [];
      list.push({ language, slug, headline });
      groups.set(translationKey, list);
    }
    for (const list of groups.values()) list.sort((a, b) => (a.language < b.language ? -1 : 1));
    versionsByKey.set(articles, groups);
  }
  return groups.get(article.translationKey) ?? [own];
}

const editionsOf = new WeakMap<readonly Article[], readonly string[]>();

/** The languages this build publishes articles in, the default one first: one edition each. Every page's header asks. */
export function getEditionLanguages(): string[] {
  const articles = getArticles();
  let editions = editionsOf.get(articles);
  if (!editions) {
    const languages = new Set(articles.map(({ language }) => language));
    languages.delete(site.defaultLanguage);
    editions = [site.defaultLanguage, ...[...languages].sort()];
    editionsOf.set(articles, editions);
  }
  return [...editions];
}

let siteFile: SiteFile | undefined;
/** The newsroom's site-wide choices (content/site.yml): the topics featured as sections, in order. */
export function getSiteFile(): SiteFile {
  siteFile ??= readSiteFile(contentDir(), process.cwd(), getRegistry()).site;
  return siteFile;
}

let registry: Registry | undefined;
/** The registered people and topics (content/authors.yml, content/topics.yml), read once. */
export function getRegistry(): Registry {
  if (!registry) {
    const read = readRegistry(contentDir(), process.cwd(), siteLanguages());
    if (read.problems.length > 0) throw new ContentError(read.problems);
    registry = read.registry;
  }
  return registry;
}
