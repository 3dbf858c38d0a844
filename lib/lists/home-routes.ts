// The pages of the two routes of an edition's older articles (`/page/<n>/` at the root, `/be/page/<n>/`
// under `[lang]`), named once: each route's pages, each page's address, and what each page shows, which
// the page cache keys it on (lib/build/page-reuse.ts). The front page itself is made afresh every build.
import { listPagesToRender } from '../build/reuse-plan';
import { site } from '../site-config';
import { editionPath } from '../urls';
import { getHomePages, numberedPageParams, pageAt } from './list-pages';

/** One page an older-articles route renders: `segment` is its number as the URL writes it. */
export type HomeRoutePage = Readonly<{ language: string; segment: string; prefixed: boolean }>;

/** Every page of the root's route (`prefixed` false) or of the `[lang]` one, in the order it lists them. */
export function homeRoutePages(prefixed: boolean): HomeRoutePage[] {
  if (!prefixed)
    return getHomePages(site.defaultLanguage).map(({ number }) => ({
      language: site.defaultLanguage,
      segment: String(number),
      prefixed,
    }));
  return numberedPageParams((lang) => getHomePages(lang).map(({ number }) => ({ number: String(number) }))).map(
    ({ lang, number }) => ({ language: lang, segment: number, prefixed }),
  );
}

/** The pages of one route this build renders: the others come unchanged from the page cache. */
export function homeRoutePagesToRender(prefixed: boolean): HomeRoutePage[] {
  return listPagesToRender(homeRoutePages(prefixed), homeRoutePath);
}

/** Every page of both routes. */
export function allHomeRoutePages(): HomeRoutePage[] {
  return [...homeRoutePages(false), ...homeRoutePages(true)];
}

/** The page's address: `/page/2/`, `/be/page/2/`, or `/en/page/1/` (a redirect). */
export function homeRoutePath({ language, segment, prefixed }: HomeRoutePage): string {
  const first = prefixed && language === site.defaultLanguage ? `/${language}/` : editionPath(language);
  return `${first}page/${segment}/`;
}

/**
 * What the page shows besides what every page shows: its articles as their cards show them and its
 * place among the edition's pages (page 1 only sends the reader to the front page).
 */
export function homeRouteView(page: HomeRoutePage): unknown {
  const found = pageAt(getHomePages(page.language), page.segment);
  return found && { page, number: found.number, count: found.count, items: found.items };
}
