import type { Metadata } from 'next';
import type { Article, ArticleSummary } from '../content/article';
import { type ArchiveGroup, getAuthors, getTopics } from './archive';
import { getArticles, getEditionLanguages, toSummary } from '../articles';
import { type Alternate, languageAlternates } from '../metadata/language-alternates';
import { pagePreview } from '../metadata/page-preview';
import { messagesFor } from '../i18n/messages';
import { type ListPage, paginate } from './pagination';
import { site } from '../site-config';
import { absoluteUrl, authorPath, editionPath, listPagePath, topicPath } from '../urls';

const homePagesOf = new WeakMap<readonly Article[], Map<string, ListPage<ArticleSummary>[]>>();

/**
 * An edition's front page list: every published article in `language`, newest first, page by page.
 * Paginated once per build for every edition: each of the list's pages asks for it, so work per call
 * would grow with the square of the archive.
 */
export function getHomePages(language: string): ListPage<ArticleSummary>[] {
  const articles = getArticles();
  let pages = homePagesOf.get(articles);
  if (!pages) {
    const byLanguage = new Map<string, ArticleSummary[]>();
    for (const article of articles) {
      const list = byLanguage.get(article.language) ?? [];
      list.push(toSummary(article));
      byLanguage.set(article.language, list);
    }
    pages = new Map([...byLanguage].map(([edition, summaries]) => [edition, paginate(summaries, site.listPageSize)]));
    homePagesOf.set(articles, pages);
  }
  return pages.get(language) ?? paginate([], site.listPageSize);
}

/** An author's or topic's articles, page by page. */
export function getGroupPages(group: ArchiveGroup): ListPage<Article>[] {
  return paginate(group.articles, site.listPageSize);
}

/** How a list is named and where it begins, in its edition's language. */
export type ListInfo = Readonly<{ title: string; description: string; firstPage: string; language: string }>;

/** An edition's list of latest articles, as its later pages name it (page 1 keeps the site's name as its title). */
export function homeList(language: string): ListInfo {
  const t = messagesFor(language);
  return {
    title: t.text('list.homeTitle'),
    description: t.text('list.homeDescription', { site: site.name }),
    firstPage: editionPath(language),
    language,
  };
}

/** An author's list of articles in one edition. */
export function authorList(author: ArchiveGroup): ListInfo {
  const t = messagesFor(author.language);
  return {
    title: t.text('list.authorTitle', { name: author.name }),
    description: t.text('list.authorDescription', { name: author.name, site: site.name }),
    firstPage: authorPath(author.slug, author.language),
    language: author.language,
  };
}

/** A topic's list of articles in one edition. */
export function topicList(topic: ArchiveGroup): ListInfo {
  const t = messagesFor(topic.language);
  return {
    title: t.text('list.topicTitle', { name: topic.name }),
    description: t.text('list.topicDescription', { name: topic.name, site: site.name }),
    firstPage: topicPath(topic.slug, topic.language),
    language: topic.language,
  };
}

/** Each page of a list is a page of its own: its number in the title, and itself as canonical URL. */
export function listMetadata({ title, description, firstPage, language }: ListInfo, number: number): Metadata {
  const t = messagesFor(language);
  const pageTitle = number === 1 ? title : t.text('list.pageTitle', { title, number });
  const pageDescription = number === 1 ? description : t.text('list.pageDescription', { description, number });
  const path = listPagePath(firstPage, number);
  return {
    title: pageTitle,
    description: pageDescription,
    alternates: { canonical: path },
    ...pagePreview({ title: pageTitle, description: pageDescription, path, language }),
  };
}

/** The same list in every edition that has it, for hreflang: an author's or topic's pages across languages. */
export function groupAlternates(kind: GroupKind, slug: string): Alternate[] {
  return GROUP_LISTS[kind]
    .all()
    .filter((group) => group.slug === slug)
    .map((group) => ({ language: group.language, url: absoluteUrl(GROUP_LISTS[kind].describe(group).firstPage) }));
}

/** A redirect page from `/<default>/…` to the same page at the root: never indexed, canonical there. */
export function defaultEditionRedirectMetadata(to: string, title = site.name): Metadata {
  const language = site.defaultLanguage;
  const description = messagesFor(language).text('site.description', { site: site.name });
  return {
    title,
    description,
    robots: { index: false, follow: true },
    alternates: { canonical: to },
    ...pagePreview({ title, description: description, path: to, language }),
  };
}

/** Every edition's front page, for hreflang between them. */
export function editionAlternates(): Alternate[] {
  return getEditionLanguages().map((language) => ({ language, url: absoluteUrl(editionPath(language)) }));
}

/** An edition's front page: the site's name as its title, its description, and the other editions. */
export function frontPageMetadata(language: string): Metadata {
  const description = messagesFor(language).text('site.description', { site: site.name });
  return {
    title: { absolute: site.name },
    description,
    alternates: { canonical: editionPath(language), ...languageAlternates(editionAlternates()) },
    ...pagePreview({ title: site.name, description, path: editionPath(language), language }),
  };
}

/** `…/page/1/` only sends the reader on to the list's first page, so it is never indexed. */
export function firstPageRedirectMetadata({ title, description, firstPage, language }: ListInfo): Metadata {
  return {
    title,
    description,
    robots: { index: false, follow: true },
    alternates: { canonical: firstPage },
    ...pagePreview({ title, description, path: firstPage, language }),
  };
}

/** The two kinds of grouped list, author and topic: their routes are the same shape, described here once. */
export type GroupKind = 'author' | 'topic';

const GROUP_LISTS = {
  author: { all: getAuthors, describe: authorList },
  topic: { all: getTopics, describe: topicList },
} as const;

/** The metadata of an author's or topic's list's first page: its own, with the same list in other editions (hreflang). */
export function groupListMetadata(kind: GroupKind, group: ArchiveGroup): Metadata {
  const metadata = listMetadata(GROUP_LISTS[kind].describe(group), 1);
  return {
    ...metadata,
    alternates: { ...metadata.alternates, ...languageAlternates(groupAlternates(kind, group.slug)) },
  };
}
