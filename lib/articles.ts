import path from 'node:path';
import type { Article, ArticleSummary, Version } from './content/article';
import { type ImageCatalog, readImageCatalog, resolveImageFrom } from './images/image-catalog';
import { ContentError } from './content/content-error';
import { loadArticles } from './content/load-articles';
import { readPublishingRules, selectPublished } from './content/publishing';
import { readContentDir, site } from './site-config';
import { readRegistry, type Registry } from './content/registry';
import { readSiteFile, type SiteFile } from './content/site-file';
import { readSitePages, type SitePage } from './content/site-pages';
import { siteLanguages } from './i18n/languages';

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
export type { SitePage } from './content/site-pages';
export { readPublishingRules } from './content/publishing';
export type { ImageRendition } from './images/image-catalog';

let cache: readonly Article[] | undefined;
let catalogCache: ImageCatalog | undefined;

/**
 * What the image step derived from each original (lib/images/image-catalog.ts), read once per load of the
 * articles: the renditions pages show, an article's photos and an author's photo alike.
 */
export function getImageCatalog(): ImageCatalog {
  return (catalogCache ??= readImageCatalog());
}

/** The folder articles are read from: `content/`, or `CONTENT_DIR` (used by benchmarks and fixture builds). */
export function contentDir(): string {
  return path.resolve(readContentDir());
}

function load() {
  if (!cache) {
    const resolve = resolveImageFrom(getImageCatalog());
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
    cache = selectPublished(articles, readPublishingRules()).published;
  }
  return cache;
}

/**
 * Makes `published` the articles every getter reads, or with undefined, has the next getter load them
 * again (and the image catalogue): the check step lists the pages with the articles it loaded before the
 * photos are derived, then with their photos.
 */
export function setPublishedArticles(published: readonly Article[] | undefined): void {
  cache = published;
  catalogCache = undefined;
}

/**
 * Every article this build publishes, newest first: drafts only under `next dev`, nothing under
 * embargo. Throws a ContentError when any content file is invalid.
 */
export function getArticles(): readonly Article[] {
  return load();
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

let sitePages: readonly SitePage[] | undefined;
/**
 * The newsroom's own pages (content/pages/<id>.<language>.md), every language version, read once.
 * Throws a ContentError when any is invalid (the check reports it first, with every other problem).
 */
export function getSitePages(): readonly SitePage[] {
  if (!sitePages) {
    const read = readSitePages(contentDir(), process.cwd(), siteLanguages());
    if (read.problems.length > 0) throw new ContentError(read.problems);
    sitePages = read.pages;
  }
  return sitePages;
}
