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

/** The page whose number is `segment` as written in its URL: "2" is page 2; "02" and "2.0" are no page. */
export function pageAt<T>(pages: readonly ListPage<T>[], segment: string): ListPage<T> | undefined {
  return pages.find((page) => String(page.number) === segment);
}

/** An author or topic and its page at `segment`, or undefined when either is not there. */
export function groupPageAt(group: ArchiveGroup | undefined, segment: string) {
  const page = group && pageAt(getGroupPages(group), segment);
  return group && page ? { group, page } : undefined;
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

/**
 * Every edition as the `[lang]` routes' parameters. The default edition's pages live at the root (`/`,
 * `/authors/…`); under `/<default>/` its routes only send the reader there. They exist because a reader
 * may well type /en/, and because Next's static export refuses a route with no parameters at all.
 */
export function editionParams(): { lang: string }[] {
  return getEditionLanguages().map((lang) => ({ lang }));
}

/**
 * The `[lang]` parameters of the editions' numbered list pages (`/be/page/2/`, `/be/topics/<id>/page/2/`):
 * every other edition's and none of the default's, whose numbered pages live at the root only. Under
 * `/<default>/` a reader finds the edition, its indexes, and each topic's, author's and month's first page,
 * each sending them on; repeating every numbered page there as a redirect nobody links to would cost a
 * render each (a tenth of a 10,000-article build). Next's export refuses a route without pages, so a site
 * with one edition keeps the first of the default's.
 */
export function numberedPageParams<T extends object>(pagesOf: (language: string) => T[]): ({ lang: string } & T)[] {
  const all = editionParams().flatMap(({ lang }) => pagesOf(lang).map((params) => ({ lang, ...params })));
  const others = all.filter(({ lang }) => lang !== site.defaultLanguage);
  return others.length > 0 ? others : all.slice(0, 1);
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

/** The metadata of an edition's `…/page/<segment>/`: page N, or the `page/1/` redirect. */
export function olderArticlesMetadata(language: string, segment: string): Metadata {
  const page = pageAt(getHomePages(language), segment);
  if (!page) return {};
  return page.number === 1
    ? firstPageRedirectMetadata(homeList(language))
    : listMetadata(homeList(language), page.number);
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
  author: { all: getAuthors, describe: authorList, moving: 'redirect.toAuthor' },
  topic: { all: getTopics, describe: topicList, moving: 'redirect.toTopic' },
} as const;

/** Whether `language` gets its pages under the default paths (`/authors/…`) or under `/<language>/…`. */
const inEdition = (language: string | undefined) => (group: ArchiveGroup) =>
  language === undefined ? group.language === site.defaultLanguage : group.language === language;

/**
 * The route parameters of every author's or every topic's own page: of the default edition when
 * `language` is undefined, otherwise of that edition.
 */
export function groupFirstPageParams(kind: GroupKind, language?: string): { slug: string }[] {
  return GROUP_LISTS[kind]
    .all()
    .filter(inEdition(language))
    .map(({ slug }) => ({ slug }));
}

/** The route parameters of every `…/page/<number>/` of every author's or topic's list in one edition. */
export function groupLaterPageParams(kind: GroupKind, language?: string): { slug: string; number: string }[] {
  return GROUP_LISTS[kind]
    .all()
    .filter(inEdition(language))
    .flatMap((group) => getGroupPages(group).map(({ number }) => ({ slug: group.slug, number: String(number) })));
}

/**
 * An author's or topic's list at `slug` in the `language` edition, on the page whose number is
 * `segment` as written in the URL (`undefined` for the list's own page), with how it is named;
 * undefined when there is no such page.
 */
export function findGroupList(kind: GroupKind, slug: string, language: string, segment?: string) {
  const { all, describe, moving } = GROUP_LISTS[kind];
  const found = groupPageAt(
    all().find((group) => group.slug === slug && group.language === language),
    segment ?? '1',
  );
  return (
    found && {
      ...found,
      info: describe(found.group),
      moving: messagesFor(language).text(moving),
      isRedirect: segment !== undefined && found.page.number === 1,
    }
  );
}

/**
 * The metadata of a `[lang]` author or topic route: the edition's own page, or, under the default
 * language's prefix (`/en/authors/x/`), a redirect to the same page at the root.
 */
export function editionGroupListMetadata(kind: GroupKind, slug: string, language: string, segment?: string): Metadata {
  if (language !== site.defaultLanguage) return groupListMetadata(kind, slug, language, segment);
  const found = findGroupList(kind, slug, language, segment);
  if (!found) return {};
  return defaultEditionRedirectMetadata(listPagePath(found.info.firstPage, found.page.number), found.info.title);
}

/** The metadata of an author's or topic's list page: its own page, the `page/1/` redirect, or page N. */
export function groupListMetadata(kind: GroupKind, slug: string, language: string, segment?: string): Metadata {
  const found = findGroupList(kind, slug, language, segment);
  if (!found) return {};
  if (found.isRedirect) return firstPageRedirectMetadata(found.info);
  const metadata = listMetadata(found.info, found.page.number);
  if (found.page.number > 1) return metadata;
  return { ...metadata, alternates: { ...metadata.alternates, ...languageAlternates(groupAlternates(kind, slug)) } };
}
