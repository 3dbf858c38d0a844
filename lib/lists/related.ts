// Related stories: the articles in the same language that share the most topics with one article.
import type { Article } from '../content/article';
import { getArticles } from '../articles';
import { newestFirst } from '../content/dates';

/** How many related stories the end of an article lists. */
export const RELATED_LIMIT = 5;

/** Each language's articles by topic id, each list newest first: built once, read for every article. */
export type TopicIndex = ReadonlyMap<string, readonly Article[]>;

const key = (language: string, topic: string) => `${language}/${topic}`;

/**
 * The inverted index of `articles`: for every language and topic, its articles newest first. One pass
 * over the articles' topics after one sort, so a build pays for it once.
 */
export function toTopicIndex(articles: readonly Article[]): TopicIndex {
  const index = new Map<string, Article[]>();
  for (const article of [...articles].sort(newestFirst)) {
    for (const { slug } of article.topicRefs) {
      const list = index.get(key(article.language, slug)) ?? [];
      if (list.at(-1) !== article) list.push(article);
      index.set(key(article.language, slug), list);
    }
  }
  return index;
}

/** Whether `a` comes before `b` in a related list: more shared topics first, then newest first. */
const ranksBefore = (a: Ranked, b: Ranked) =>
  a.shared !== b.shared ? a.shared > b.shared : newestFirst(a.article, b.article) < 0;
type Ranked = { article: Article; shared: number };

/**
 * Up to `limit` other articles in `article`'s language that share the most topics with it, newest first
 * among equals, never itself. Costs the sum of the lengths of its topics' lists in `index` (times
 * `limit` to keep the best few), however large the archive.
 */
export function relatedTo(article: Article, index: TopicIndex, limit = RELATED_LIMIT): Article[] {
  const shared = new Map<Article, number>();
  for (const { slug } of article.topicRefs) {
    for (const other of index.get(key(article.language, slug)) ?? []) {
      if (other.slug !== article.slug) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  const best: Ranked[] = [];
  for (const [other, count] of shared) {
    const candidate = { article: other, shared: count };
    const at = best.findIndex((ranked) => ranksBefore(candidate, ranked));
    if (at === -1) {
      if (best.length < limit) best.push(candidate);
    } else {
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    }
  }
  return best.map((ranked) => ranked.article);
}

const indexes = new WeakMap<readonly Article[], TopicIndex>();

/** The related stories of a published article, from the topic index of this build (built once per build). */
export function getRelated(article: Article): Article[] {
  const articles = getArticles();
  let index = indexes.get(articles);
  if (!index) {
    index = toTopicIndex(articles);
    indexes.set(articles, index);
  }
  return relatedTo(article, index);
}
