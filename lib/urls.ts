import { site } from './site-config';

// Every path of the site is made here. Each ends in a slash: the static host serves `<path>/index.html`.

/** The path of an article's permalink: `/news/<slug>/`. It never changes once published. */
export function articlePath(slug: string): string {
  return `/news/${slug}/`;
}

/** The short share link that survives any change of headline or slug: `/a/<id>/`. */
export function shortPath(id: string): string {
  return `/a/${id}/`;
}

/** Where an edition's pages begin: `/` for the default language, `/<language>/` for the others. */
export function editionPath(language: string): string {
  return language === site.defaultLanguage ? '/' : `/${language}/`;
}

/** An author's page in one language: `/authors/<id>/`, or `/be/authors/<id>/` for another edition. */
export function authorPath(authorId: string, language: string): string {
  return `${editionPath(language)}authors/${authorId}/`;
}

/** A topic's page in one language: `/topics/<id>/`, or `/ru/topics/<id>/` for another edition. */
export function topicPath(topicId: string, language: string): string {
  return `${editionPath(language)}topics/${topicId}/`;
}

/** An edition's search page: `/search/`, `/be/search/`, with the query as `?q=`. */
export function searchPath(language: string): string {
  return `${editionPath(language)}search/`;
}

/**
 * Page `number` of a list whose first page is at `firstPage` (the home page, an author's or a topic's):
 * the first page itself, then `<firstPage>page/2/` and on.
 */
export function listPagePath(firstPage: string, number: number): string {
  return number === 1 ? firstPage : `${firstPage}page/${number}/`;
}

/** Makes a site path absolute against SITE_URL. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, site.url).href;
}

/** The absolute canonical URL of an article. */
export function articleUrl(slug: string): string {
  return absoluteUrl(articlePath(slug));
}

/** An edition's index of every topic: `/topics/`, or `/be/topics/`. */
export function topicsIndexPath(language: string): string {
  return `${editionPath(language)}topics/`;
}

/** An edition's index of every author: `/authors/`, or `/be/authors/`. */
export function authorsIndexPath(language: string): string {
  return `${editionPath(language)}authors/`;
}

/** An edition's date archive, its years and months: `/archive/`, or `/be/archive/`. */
export function archivePath(language: string): string {
  return `${editionPath(language)}archive/`;
}

/** One month of an edition's date archive: `/archive/2018/10/`, or `/be/archive/2018/10/`. `month` is 1 to 12. */
export function archiveMonthPath(year: number, month: number, language: string): string {
  return `${archivePath(language)}${year}/${String(month).padStart(2, '0')}/`;
}

/** Page `number` of a live story: its permalink, then `/news/<slug>/page/2/` and on. */
export function livePagePath(slug: string, number: number): string {
  return listPagePath(articlePath(slug), number);
}

/** The small file a live story's page checks for new updates: `/news/<slug>/live.json`. */
export function liveUpdatesPath(slug: string): string {
  return `${articlePath(slug)}live.json`;
}

/** A live story's own feed of its updates (RSS): `/news/<slug>/feed.xml`. */
export function liveFeedPath(slug: string): string {
  return `${articlePath(slug)}feed.xml`;
}

/**
 * One of the newsroom's own pages (content/pages/<id>.<language>.md) in an edition: `/about/<id>/`, or
 * `/be/about/<id>/`; without an id, or for the `about` page itself, the section's own page `/about/`.
 */
export function aboutPath(language: string, id?: string): string {
  return `${editionPath(language)}about/${id === undefined || id === 'about' ? '' : `${id}/`}`;
}

/** An edition's list of every correction: `/corrections/`, or `/be/corrections/`. */
export function correctionsPath(language: string): string {
  return `${editionPath(language)}corrections/`;
}

/** The RSS feed of an edition's corrections: `/corrections/feed.xml`, or `/be/corrections/feed.xml`. */
export function correctionsFeedPath(language: string): string {
  return `${correctionsPath(language)}feed.xml`;
}
