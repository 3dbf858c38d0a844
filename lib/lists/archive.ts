// Lists and archives: articles grouped by author and topic, and cut into pages.
import type { Article } from '../content/article';
import { getArticles } from '../articles';
import { newestFirst } from '../content/dates';

/** One author's or topic's page in one language: its id, its name there, and its articles there, newest first. */
export type ArchiveGroup = Readonly<{
  /** The registered id: the page's URL segment. */
  slug: string;
  name: string;
  /** The edition the page belongs to: every article on it is in this language. */
  language: string;
  articles: readonly Article[];
}>;

type Named = Readonly<{ slug: string; name: string }>;

/**
 * Groups articles by author and language: one page per person per language they write in, so a
 * reporter whose name is written once in each language has one page in each edition.
 * Sorted by language, then id; each group's articles newest first.
 */
export function groupByAuthor(articles: readonly Article[]): ArchiveGroup[] {
  return groupBy(articles, (article) => article.authors.map(({ id, name }) => ({ slug: id, name })));
}

/** Groups articles by registered topic and language, as groupByAuthor does. */
export function groupByTopic(articles: readonly Article[]): ArchiveGroup[] {
  return groupBy(articles, (article) => article.topicRefs);
}

function groupBy(articles: readonly Article[], keys: (article: Article) => readonly Named[]): ArchiveGroup[] {
  const groups = new Map<string, { slug: string; name: string; language: string; articles: Article[] }>();
  for (const article of [...articles].sort(newestFirst)) {
    for (const { slug, name } of keys(article)) {
      const key = `${article.language}/${slug}`;
      const group = groups.get(key) ?? { slug, name, language: article.language, articles: [] };
      if (group.articles.at(-1) !== article) group.articles.push(article);
      groups.set(key, group);
    }
  }
  return [...groups.keys()].sort().map((key) => groups.get(key) as ArchiveGroup);
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

/** The topic whose page segment is `slug` in the `language` edition, or undefined. */
export function getTopic(slug: string, language: string): ArchiveGroup | undefined {
  return getTopics().find((group) => group.slug === slug && group.language === language);
}
