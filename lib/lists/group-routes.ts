// The pages of the eight author and topic list routes (root and `[lang]`, first page and `page/<n>/`),
// named once: each route's parameters, each page's address, and what each page shows, which the page
// cache keys it on (lib/build/page-reuse.ts).
import { toSummary } from '../articles';
import { listPagesToRender } from '../build/reuse-plan';
import { site } from '../site-config';
import { authorPath, topicPath } from '../urls';
import {
  editionParams,
  findGroupList,
  type GroupKind,
  groupAlternates,
  groupFirstPageParams,
  groupLaterPageParams,
  numberedPageParams,
} from './list-pages';

/** One page an author or topic route renders: `segment` is the `page/<n>/` number as written, if any. */
export type GroupRoutePage = Readonly<{
  kind: GroupKind;
  slug: string;
  language: string;
  segment?: string;
  /** rendered by a `[lang]` route: under the default language's prefix, a redirect to the root's page */
  prefixed: boolean;
}>;

/** Which of the routes: the root's or `[lang]`'s, the list's own page or its `page/<n>/`. */
export type GroupRoute = Readonly<{ kind: GroupKind; prefixed: boolean; numbered: boolean }>;

/** Every page of one route, in the order its generateStaticParams lists them. */
export function groupRoutePages({ kind, prefixed, numbered }: GroupRoute): GroupRoutePage[] {
  if (!prefixed) {
    const language = site.defaultLanguage;
    return numbered
      ? groupLaterPageParams(kind).map(({ slug, number }) => ({ kind, slug, language, segment: number, prefixed }))
      : groupFirstPageParams(kind).map(({ slug }) => ({ kind, slug, language, prefixed }));
  }
  return numbered
    ? numberedPageParams((lang) => groupLaterPageParams(kind, lang)).map(({ lang, slug, number }) => ({
        kind,
        slug,
        language: lang,
        segment: number,
        prefixed,
      }))
    : editionParams().flatMap(({ lang }) =>
        groupFirstPageParams(kind, lang).map(({ slug }) => ({ kind, slug, language: lang, prefixed })),
      );
}

/** The pages of one route this build renders: the others come unchanged from the page cache. */
export function groupRoutePagesToRender(route: GroupRoute): GroupRoutePage[] {
  return listPagesToRender(groupRoutePages(route), groupRoutePath);
}

/** A numbered route's page number, as its URL writes it. */
export function pageNumberOf({ kind, slug, segment }: GroupRoutePage): string {
  if (segment === undefined) throw new Error(`the ${kind} ${slug}: a numbered route's page has no number`);
  return segment;
}

/** Every page of all eight routes. */
export function allGroupRoutePages(): GroupRoutePage[] {
  return (['author', 'topic'] as const).flatMap((kind) =>
    [false, true].flatMap((prefixed) =>
      [false, true].flatMap((numbered) => groupRoutePages({ kind, prefixed, numbered })),
    ),
  );
}

/** The page's address: `/topics/nato/`, `/be/topics/nato/page/2/`, `/en/topics/nato/` (a redirect). */
export function groupRoutePath({ kind, slug, language, segment, prefixed }: GroupRoutePage): string {
  const own = (kind === 'author' ? authorPath : topicPath)(slug, language);
  const first = prefixed && language === site.defaultLanguage ? `/${language}${own}` : own;
  return segment === undefined ? first : `${first}page/${segment}/`;
}

/**
 * What the page shows besides what every page shows: its list's name and addresses, its articles as
 * their cards show them, its place among the list's pages, whether it only sends the reader on, and the
 * same list in the other editions (hreflang). Undefined for a page that does not exist.
 */
export function groupRouteView(page: GroupRoutePage): unknown {
  const found = findGroupList(page.kind, page.slug, page.language, page.segment);
  if (!found) return undefined;
  return {
    page,
    info: found.info,
    moving: found.moving,
    isRedirect: found.isRedirect,
    number: found.page.number,
    count: found.page.count,
    items: found.page.items.map(toSummary),
    alternates: groupAlternates(page.kind, page.slug),
  };
}
