// The pages of the lists: each edition's front page and older articles, and each author's and topic's
// list in each edition, every page of them, with each list's `page/1/` sending the reader to its first page.
import { getArticles, getEditionLanguages, toSummary } from '../articles';
import type { ArticleSummary } from '../content/article';
import { messagesFor } from '../i18n/messages';
import { getAuthors, getTopics, type ArchiveGroup } from '../lists/archive';
import { arrangeFrontPage, featuredSections } from '../lists/front-page';
import {
  firstPageRedirectMetadata,
  frontPageMetadata,
  getGroupPages,
  getHomePages,
  groupAlternates,
  groupListMetadata,
  homeList,
  type GroupKind,
  type ListInfo,
  listMetadata,
  authorList,
  topicList,
} from '../lists/list-pages';
import type { ListPage } from '../lists/pagination';
import { latestChange } from '../metadata/sitemaps';
import { site } from '../site-config';
import { absoluteUrl, editionPath } from '../urls';
import type { Chrome, ListPageView, PageRow, RedirectPageView } from './views';
import { authorProfile } from './author-profile';
import { editionRow } from './edition-route';

/** The root route of each kind of list's first page and of its `page/<n>/`. */
export const LIST_ROUTES = {
  home: { first: '/', numbered: '/page/[number]/' },
  author: { first: '/authors/[slug]/', numbered: '/authors/[slug]/page/[number]/' },
  topic: { first: '/topics/[slug]/', numbered: '/topics/[slug]/page/[number]/' },
} as const;

/** `…/page/1/` of a list: it sends the reader to the list's first page. */
function firstPageRedirect(info: ListInfo, heading: string, label: string, chrome: Chrome): RedirectPageView {
  return { kind: 'redirect', chrome, metadata: firstPageRedirectMetadata(info), to: info.firstPage, heading, label };
}

/** Page `page` (from 2) of a list. */
function listView(
  info: ListInfo,
  heading: string,
  page: ListPage<ArticleSummary>,
  chrome: Chrome,
  profile?: ListPageView['profile'],
): ListPageView {
  return {
    kind: 'list',
    chrome,
    metadata: listMetadata(info, page.number),
    heading,
    page,
    firstPage: info.firstPage,
    ...(profile ? { profile } : {}),
  };
}

/** An edition's front page, its older articles from `page/2/`, and its `page/1/`. */
export function homeRows(language: string, chrome: Chrome): PageRow[] {
  const t = messagesFor(language);
  const info = homeList(language);
  const heading = t.text('list.homeHeading', { site: site.name });
  const pages = getHomePages(language);
  const lastModified = latestChange(getArticles().filter((article) => article.language === language));
  const editions = getEditionLanguages().map((other) => ({ language: other, url: absoluteUrl(editionPath(other)) }));
  const route = LIST_ROUTES.home;
  return pages.flatMap((page): PageRow[] => {
    const number = String(page.number);
    if (page.number > 1)
      return [
        editionRow(language, route.numbered, { number }, listView(info, heading, page, chrome), {
          lastModified,
          alternates: [],
        }),
      ];
    const front = editionRow(
      language,
      route.first,
      {},
      {
        kind: 'front',
        chrome,
        metadata: frontPageMetadata(language),
        heading,
        blocks: arrangeFrontPage(page.items, featuredSections(language)),
        firstPage: info.firstPage,
        number: page.number,
        count: page.count,
      },
      { lastModified, alternates: editions },
    );
    const redirect = firstPageRedirect(info, t.text('redirect.toHome'), t.text('redirect.homePage'), chrome);
    return [front, editionRow(language, route.numbered, { number }, redirect)];
  });
}

const GROUPS = { author: { all: getAuthors, describe: authorList }, topic: { all: getTopics, describe: topicList } };

/** Every page of one author's or topic's list in its edition. */
function groupRows(kind: GroupKind, group: ArchiveGroup, chromeOf: (language: string) => Chrome): PageRow[] {
  const { language, slug } = group;
  const chrome = chromeOf(language);
  const info = GROUPS[kind].describe(group);
  const moving = messagesFor(language).text(kind === 'author' ? 'redirect.toAuthor' : 'redirect.toTopic');
  const lastModified = latestChange(group.articles);
  const route = LIST_ROUTES[kind];
  return getGroupPages(group).flatMap((listed): PageRow[] => {
    const page = { ...listed, items: listed.items.map(toSummary) };
    const number = String(page.number);
    if (page.number > 1)
      return [
        editionRow(language, route.numbered, { slug, number }, listView(info, info.title, page, chrome), {
          lastModified,
          alternates: [],
        }),
      ];
    const profile = kind === 'author' ? authorProfile(slug, language) : undefined;
    const first = editionRow(
      language,
      route.first,
      { slug },
      { ...listView(info, info.title, page, chrome, profile), metadata: groupListMetadata(kind, group) },
      { lastModified, alternates: groupAlternates(kind, slug) },
    );
    const redirect = firstPageRedirect(info, moving, info.title, chrome);
    return [first, editionRow(language, route.numbered, { slug, number }, redirect)];
  });
}

/** Every author's (`kind` author) or topic's list, every page, in every edition. */
export function allGroupRows(kind: GroupKind, chromeOf: (language: string) => Chrome): PageRow[] {
  return GROUPS[kind].all().flatMap((group) => groupRows(kind, group, chromeOf));
}
