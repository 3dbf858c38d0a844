// Content: reads the articles folder and validates every file into Articles, or names every problem at once.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Article } from './article';
import { type ContentProblem, ContentError } from './content-error';
import type { ResolveImage } from '../images/figure-plugin';
import { IMAGES_FOLDER } from '../images/image-source';
import { newestFirst } from './dates';
import { decodeUtf8 } from './decode-text';
import { splitFrontMatter } from './front-matter';
import { articleKey, cacheArticle, cachedArticle } from './article-cache';
import { parseArticle } from './parse-article';
import { AUTHORS_FILE, readRegistry, TOPICS_FILE } from './registry';
import { readSiteFile, SITE_FILE } from './site-file';
import { missingVersions, PAGES_FOLDER, readSitePages } from './site-pages';
import { siteLanguages } from '../i18n/languages';
import { site } from '../site-config';
import { articlePath, shortPath } from '../urls';

/**
 * Reads and validates every `*.md` article in `contentDir`. Returns them newest first, or throws
 * one ContentError listing every problem in every file (and every file that is not an article), so
 * nothing is half-published or silently left out.
 * Paths in messages are relative to `rootDir`.
 */
export function loadArticles(contentDir: string, rootDir = process.cwd(), resolveImage?: ResolveImage): Article[] {
  const { articles, problems } = readArticles(contentDir, rootDir, resolveImage);
  if (problems.length > 0) throw new ContentError(problems);
  return articles;
}

/** What a read of the articles folder found: the valid articles and every problem, for one report. */
export type ArticlesRead = Readonly<{
  /** Every valid article, newest first. */
  articles: Article[];
  /** Every problem in every file. */
  problems: ContentProblem[];
  /**
   * The pages the files with problems may stand for (`/news/<slug>/`, each alias, `/a/<id>/`, as far as
   * their front matter can be read, and `/news/<file name>/`): a link to one is not reported as broken
   * while its file has a problem of its own, and is checked again once that file is fixed.
   */
  pendingPaths: string[];
}>;

/**
 * Reads every article in `contentDir` as loadArticles does, but returns the valid ones with every
 * problem instead of throwing, so a check can go on to what needs the articles (photos, links
 * between them) and report everything in one run.
 */
export function readArticles(contentDir: string, rootDir = process.cwd(), resolveImage?: ResolveImage): ArticlesRead {
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];
  const pendingPaths: string[] = [];
  const realContentDir = realpathSync(contentDir);
  const read = readRegistry(contentDir, rootDir, siteLanguages());
  const pages = readSitePages(contentDir, rootDir, siteLanguages());
  const siteFile = readSiteFile(contentDir, rootDir, read.registry, pages.ids);
  // Every date is read in the newsroom's time zone (site.yml), so it is part of what an article parses to.
  const { timeZone } = siteFile.site;
  const registries = `${registryText(contentDir)}\0${timeZone}`;
  problems.push(...read.problems, ...siteFile.problems, ...pages.problems);
  for (const name of readdirSync(contentDir).sort()) {
    // The people and topics articles name (lib/content/registry.ts).
    if (name === AUTHORS_FILE || name === TOPICS_FILE || name === SITE_FILE) continue;
    // Dotfiles are the system's (.DS_Store) or an editor's (.swp), never an article.
    if (name.startsWith('.')) continue;
    // Photos' originals; the image check reads them (lib/images/check-images.ts).
    if (name === IMAGES_FOLDER && statSync(path.join(contentDir, name)).isDirectory()) continue;
    // The newsroom's own pages (lib/content/site-pages.ts).
    if (name === PAGES_FOLDER && statSync(path.join(contentDir, name)).isDirectory()) continue;
    const absolute = path.join(contentDir, name);
    const file = path.relative(rootDir, absolute) || name;
    const real = realpathSync(absolute);
    if (!real.startsWith(realContentDir + path.sep)) {
      problems.push({
        file,
        field: 'file',
        fix: 'this file links to a place outside content/; copy the article into content/ instead',
      });
      continue;
    }
    const notArticle = whyNotAnArticle(name, statSync(real).isDirectory());
    if (notArticle) {
      problems.push({ file, field: 'file', fix: notArticle });
      continue;
    }
    const bytes = readFileSync(real);
    const key = articleKey(file, bytes, registries);
    const cached = cachedArticle(key, resolveImage);
    if (cached) {
      articles.push(cached);
      continue;
    }
    const result = parseArticle(file, bytes, resolveImage, read.registry, timeZone);
    if (result.ok) {
      articles.push(result.article);
      cacheArticle(key, result.article, resolveImage);
    } else {
      problems.push(...result.problems);
      pendingPaths.push(...claimedPaths(name, bytes));
    }
  }
  problems.push(...findClashes(articles), ...findTranslationClashes(articles));
  // Every edition the articles make (drafts aside) links to every page in its own language.
  const editions = [...new Set([site.defaultLanguage, ...articles.filter((a) => !a.draft).map((a) => a.language)])];
  const pagesDir = path.relative(rootDir, path.join(contentDir, PAGES_FOLDER)) || PAGES_FOLDER;
  problems.push(...missingVersions(pages.pages, editions, pagesDir));
  return { articles: articles.sort(newestFirst), problems, pendingPaths };
}

/**
 * The pages an article file that did not validate may stand for, as far as it can be read: its slug,
 * aliases and id when its front matter parses, and its file name as a slug.
 */
function claimedPaths(name: string, bytes: Uint8Array): string[] {
  const paths = [articlePath(name.replace(/\.md$/, ''))];
  const decoded = decodeUtf8(bytes);
  const split = decoded.ok ? splitFrontMatter(decoded.text) : undefined;
  if (!split?.ok || typeof split.data !== 'object' || split.data === null) return paths;
  const { slug, aliases, id } = split.data as Record<string, unknown>;
  const strings = (value: unknown) => (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string');
  for (const written of [...strings(slug), ...strings(aliases)]) paths.push(articlePath(written));
  for (const written of strings(id)) paths.push(shortPath(written));
  return paths;
}

/** The registries' text, which articles' author and topic names are resolved against. */
function registryText(contentDir: string): string {
  return [AUTHORS_FILE, TOPICS_FILE]
    .map((name) => {
      const file = path.join(contentDir, name);
      return existsSync(file) ? readFileSync(file, 'utf8') : '';
    })
    .join('\0');
}

/**
 * content/ holds articles only: anything else would be silently left unpublished, so it is named with
 * what to do. Undefined for an article file (`*.md`).
 */
function whyNotAnArticle(name: string, isDirectory: boolean): string | undefined {
  if (isDirectory)
    return 'content/ has two folders, images/ for photos and pages/ for the newsroom’s own pages; move the articles in this one up into content/ and the rest out of content/';
  if (name.endsWith('.md')) return undefined;
  if (/\.(markdown|mdx?|txt|text)$/i.test(name))
    return 'an article file ends in .md (lowercase); rename it, e.g. nato-threat.md';
  return `content/ holds only articles (.md files), ${AUTHORS_FILE}, ${TOPICS_FILE}, ${SITE_FILE}, the images/ folder and the pages/ folder; move it out, e.g. a photo into content/images/`;
}

/**
 * Two articles may never claim the same address: a slug or alias under /news/, or an id under /a/.
 * One would silently replace the other, so both files are named.
 */
function findClashes(articles: readonly Article[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const claim = (owners: Map<string, Article>, value: string, article: Article, field: string) => {
    const owner = owners.get(value);
    if (owner === undefined) owners.set(value, article);
    else if (owner !== article)
      problems.push({
        file: article.file,
        field,
        value: JSON.stringify(value),
        fix: `${owner.file} already uses "${value}" for its address; give one of the two articles another ${field === 'id' ? 'id' : 'slug or alias'}`,
      });
  };
  const newsPaths = new Map<string, Article>();
  const ids = new Map<string, Article>();
  for (const article of articles) claim(newsPaths, article.slug, article, 'slug');
  for (const article of articles) article.aliases.forEach((alias) => claim(newsPaths, alias, article, 'aliases'));
  for (const article of articles) claim(ids, article.id, article, 'id');
  return problems;
}

/**
 * The versions of one story (one translationKey) are one per language: a second version in the same
 * language would leave the language switch two pages to choose between, so both files are named.
 */
function findTranslationClashes(articles: readonly Article[]): ContentProblem[] {
  const versions = new Map<string, Article>();
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    if (article.translationKey === undefined) continue;
    const key = `${article.translationKey}\u0000${article.language}`;
    const other = versions.get(key);
    if (other === undefined) versions.set(key, article);
    else
      problems.push({
        file: article.file,
        field: 'translationKey',
        value: JSON.stringify(article.translationKey),
        fix: `${other.file} is already the ${article.language} version of this story; give one of them its own language, or another translationKey if it is another story`,
      });
  }
  return problems;
}
