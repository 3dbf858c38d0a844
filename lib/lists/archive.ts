// Lists and archives: articles grouped by author and topic, and cut into pages.
import type { Article } from '../content/article';
import { getArticles } from '../articles';
import { newestFirst } from '../content/dates';

/** One author's or topic's page: its URL segment, the name shown, and its articles newest first. */
export type ArchiveGroup = Readonly<{
  slug: string;
  name: string;
  /** The language of the article the name was taken from, for `lang` on the name. */
  language: string;
  articles: readonly Article[];
}>;

type Named = Readonly<{ slug: string; name: string }>;

/**
 * Groups articles by author slug, so "Zmitser Mitskevich" and "ZMITSER MITSKEVICH" share one page.
 * Returns the groups sorted by slug, each with its articles newest first.
 */
export function groupByAuthor(articles: readonly Article[]): ArchiveGroup[] {
  return groupBy(articles, (article) => [{ slug: article.authorSlug, name: article.author }]);
}

/**
 * Groups articles by topic slug: topics whose names differ only in case or punctuation ("NATO",
 * "Nato", "NATO!") share one page. Returns the groups sorted by slug, articles newest first.
 */
export function groupByTopic(articles: readonly Article[]): ArchiveGroup[] {
  return groupBy(articles, (article) => article.topicRefs);
}

function groupBy(articles: readonly Article[], keys: (article: Article) => readonly Named[]): ArchiveGroup[] {
  const groups = new Map<string, { names: Map<string, number>; articles: Article[] }>();
  for (const article of [...articles].sort(newestFirst)) {
    const seen = new Set<string>();
    for (const { slug, name } of keys(article)) {
      if (slug === '' || seen.has(slug)) continue;
      seen.add(slug);
      const group = groups.get(slug) ?? { names: new Map<string, number>(), articles: [] };
      group.names.set(name, (group.names.get(name) ?? 0) + 1);
      group.articles.push(article);
      groups.set(slug, group);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([slug, group]) => {
      const name = commonest(group.names);
      const from = group.articles.find((article) => keys(article).some((key) => key.name === name));
      return { slug, name, language: from?.language ?? 'en', articles: group.articles };
    });
}

/** The spelling most articles use; on a tie, the newest article's (Map keeps first-seen order). */
function commonest(names: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [name, count] of names) {
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best;
}

type Groups = Readonly<{ authors: ArchiveGroup[]; topics: ArchiveGroup[] }>;
// Grouped once per set of articles: every author and topic page, and each of their later pages, asks.
const grouped = new WeakMap<readonly Article[], Groups>();

function groups(): Groups {
  const articles = getArticles();
  let found = grouped.get(articles);
  if (!found) {
    found = { authors: groupByAuthor(articles), topics: groupByTopic(articles) };
    grouped.set(articles, found);
  }
  return found;
}

/** Every author of this build's articles, with their articles newest first. */
export function getAuthors(): readonly ArchiveGroup[] {
  return groups().authors;
}

/** Every topic of this build's articles, with its articles newest first. */
export function getTopics(): readonly ArchiveGroup[] {
  return groups().topics;
}

/** The author whose page segment is `slug`, or undefined. */
export function getAuthor(slug: string): ArchiveGroup | undefined {
  return getAuthors().find((group) => group.slug === slug);
}

/** The topic whose page segment is `slug`, or undefined. */
export function getTopic(slug: string): ArchiveGroup | undefined {
  return getTopics().find((group) => group.slug === slug);
}
