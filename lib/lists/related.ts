// Related stories: the articles in the same language that share the most topics with one article.
import type { Article } from '../content/article';
import { getArticles } from '../articles';
import { newestFirst } from '../content/dates';

/** How many related stories the end of an article lists. */
export const RELATED_LIMIT = 5;

/**
 * The archive newest first, and for each language and topic the places in it of the topic's articles
 * (ascending, so newest first): built once, read for every article. Places are numbers, so counting and
 * ranking compare numbers, not dates or objects.
 */
export type TopicIndex = Readonly<{
  articles: readonly Article[];
  byTopic: ReadonlyMap<string, readonly number[]>;
  placeOf: ReadonlyMap<string, number>;
}>;

const key = (language: string, topic: string) => `${language}/${topic}`;

/**
 * The inverted index of `articles`: for every language and topic, its articles newest first. One pass
 * over the articles' topics after one sort, so a build pays for it once.
 */
export function toTopicIndex(articles: readonly Article[]): TopicIndex {
  const sorted = [...articles].sort(newestFirst);
  const byTopic = new Map<string, number[]>();
  sorted.forEach((article, place) => {
    for (const { slug } of article.topicRefs) {
      const list = byTopic.get(key(article.language, slug)) ?? [];
      if (list.at(-1) !== place) list.push(place);
      byTopic.set(key(article.language, slug), list);
    }
  });
  return { articles: sorted, byTopic, placeOf: new Map(sorted.map(({ slug }, place) => [slug, place])) };
}

/** Whether `a` comes before `b` in a related list: more shared topics first, then newest first. */
const ranksBefore = (a: Ranked, b: Ranked) => (a.shared !== b.shared ? a.shared > b.shared : a.place < b.place);
type Ranked = Readonly<{ place: number; shared: number }>;

/**
 * Up to `limit` articles in `article`'s language, published before it, that share the most topics with
 * it, newest first among equals. Only earlier ones: a story published later never changes an older
 * story's page, so breaking news re-renders no archive (README, Finding the next article). Costs the sum of the lengths of its topics' lists in `index` (times
 * `limit` to keep the best few), however large the archive.
 */
export function relatedTo(article: Article, index: TopicIndex, limit = RELATED_LIMIT): Article[] {
  const self = index.placeOf.get(article.slug);
  const shared = new Map<number, number>();
  for (const { slug } of article.topicRefs) {
    for (const place of index.byTopic.get(key(article.language, slug)) ?? []) {
      // Places count from the newest: a later place is an earlier story.
      if (self === undefined || place > self) shared.set(place, (shared.get(place) ?? 0) + 1);
    }
  }
  const best: Ranked[] = [];
  for (const [place, count] of shared) {
    const candidate = { place, shared: count };
    const last = best.at(-1);
    if (best.length >= limit && last && !ranksBefore(candidate, last)) continue;
    const at = best.findIndex((ranked) => ranksBefore(candidate, ranked));
    best.splice(at === -1 ? best.length : at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ place }) => index.articles[place] as Article);
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
