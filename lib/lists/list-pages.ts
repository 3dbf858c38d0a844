import type { Metadata } from 'next';
import type { Article, ArticleSummary } from '../content/article';
import { type ArchiveGroup, getAuthors, getTopics } from './archive';
import { getSummaries } from '../articles';
import { type ListPage, paginate } from './pagination';
import { site } from '../site-config';
import { authorPath, listPagePath, topicPath } from '../urls';

/** The home page's list of every published article, newest first, page by page. */
export function getHomePages(): ListPage<ArticleSummary>[] {
  return paginate(getSummaries(), site.listPageSize);
}

/** An author's or topic's articles, page by page. */
export function getGroupPages(group: ArchiveGroup): ListPage<Article>[] {
  return paginate(group.articles, site.listPageSize);
}

/** The page whose number is `segment` as written in its URL: "2" is page 2; "02" and "2.0" are no page. */
export function pageAt<T>(pages: readonly ListPage<T>[], segment: string): ListPage<T> | undefined {
  return pages.find((page) => String(page.number) === segment);
}

/** The route parameters of every page of every author's or topic's list. */
export function groupPageParams(groups: readonly ArchiveGroup[]): { slug: string; number: string }[] {
  return groups.flatMap((group) =>
    getGroupPages(group).map(({ number }) => ({ slug: group.slug, number: String(number) })),
  );
}

/** An author or topic and its page at `segment`, or undefined when either is not there. */
export function groupPageAt(group: ArchiveGroup | undefined, segment: string) {
  const page = group && pageAt(getGroupPages(group), segment);
  return group && page ? { group, page } : undefined;
}

type ListInfo = Readonly<{ title: string; description: string; firstPage: string }>;

/** The home page's list, as its later pages name it (page 1 keeps the site's name as its title). */
export function homeList(): ListInfo {
  return { title: 'Latest articles', description: `Every article in ${site.name}, newest first.`, firstPage: '/' };
}

/** An author's list of articles. */
export function authorList(author: ArchiveGroup): ListInfo {
  return {
    title: `Articles by ${author.name}`,
    description: `Every article by ${author.name} in ${site.name}, newest first.`,
    firstPage: authorPath(author.slug),
  };
}

/** A topic's list of articles. */
export function topicList(topic: ArchiveGroup): ListInfo {
  return {
    title: topic.name,
    description: `Every article about ${topic.name} in ${site.name}, newest first.`,
    firstPage: topicPath(topic.slug),
  };
}

/** Each page of a list is a page of its own: its number in the title, and itself as canonical URL. */
export function listMetadata({ title, description, firstPage }: ListInfo, number: number): Metadata {
  return {
    title: number === 1 ? title : `${title}, page ${number}`,
    description: number === 1 ? description : `${description} Page ${number}.`,
    alternates: { canonical: listPagePath(firstPage, number) },
  };
}

/** `…/page/1/` only sends the reader on to the list's first page, so it is never indexed. */
export function firstPageRedirectMetadata({ title, firstPage }: ListInfo): Metadata {
  return { title, robots: { index: false, follow: true }, alternates: { canonical: firstPage } };
}

/** The two kinds of grouped list, author and topic: their routes are the same shape, described here once. */
export type GroupKind = 'author' | 'topic';

const GROUP_LISTS: Readonly<
  Record<GroupKind, { all: () => readonly ArchiveGroup[]; describe: (group: ArchiveGroup) => ListInfo; moving: string }>
> = {
  author: { all: getAuthors, describe: authorList, moving: 'Taking you to the author’s page' },
  topic: { all: getTopics, describe: topicList, moving: 'Taking you to the topic’s page' },
};

/** The route parameters of every author's or every topic's own page. */
export function groupFirstPageParams(kind: GroupKind): { slug: string }[] {
  return GROUP_LISTS[kind].all().map(({ slug }) => ({ slug }));
}

/** The route parameters of every `…/page/<number>/` of every author's or topic's list. */
export function groupLaterPageParams(kind: GroupKind): { slug: string; number: string }[] {
  return groupPageParams(GROUP_LISTS[kind].all());
}

/**
 * An author's or topic's list at `slug`, on the page whose number is `segment` as written in the URL
 * (`undefined` for the list's own page), with how it is named; undefined when there is no such page.
 */
export function findGroupList(kind: GroupKind, slug: string, segment?: string) {
  const { all, describe, moving } = GROUP_LISTS[kind];
  const found = groupPageAt(
    all().find((group) => group.slug === slug),
    segment ?? '1',
  );
  return (
    found && {
      ...found,
      info: describe(found.group),
      moving,
      isRedirect: segment !== undefined && found.page.number === 1,
    }
  );
}

/** The metadata of an author's or topic's list page: its own page, the `page/1/` redirect, or page N. */
export function groupListMetadata(kind: GroupKind, slug: string, segment?: string): Metadata {
  const found = findGroupList(kind, slug, segment);
  if (!found) return {};
  return found.isRedirect ? firstPageRedirectMetadata(found.info) : listMetadata(found.info, found.page.number);
}
