import path from 'node:path';
import type { Article, ArticleSummary } from './article';
import { loadArticles } from './load-articles';

export type { Article, ArticleSummary, SafeHtml } from './article';

let cache: readonly Article[] | undefined;

/** The folder articles are read from: `content/`, or `CONTENT_DIR` (used by benchmarks and fixture builds). */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

/** Every published article, newest first. Throws a ContentError when any content file is invalid. */
export function getArticles(): readonly Article[] {
  cache ??= loadArticles(contentDir());
  return cache;
}

/** The article at `slug`, or undefined. */
export function getArticle(slug: string): Article | undefined {
  return getArticles().find((article) => article.slug === slug);
}

/** What the home page lists for each article, newest first. */
export function getSummaries(): ArticleSummary[] {
  return getArticles().map(({ id, slug, headline, standfirst, author, published, language }) => ({
    id,
    slug,
    headline,
    standfirst,
    author,
    published,
    language,
  }));
}
export { formatDate } from './dates';
