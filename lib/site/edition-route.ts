import { site } from '../site-config';
import { fillRoute, pageFile } from './route-paths';
import type { Chrome, PageRow, PageView, RedirectPageView } from './views';
import type { Alternate } from '../metadata/language-alternates';
import { defaultEditionRedirectMetadata } from '../lists/list-pages';
import { messagesFor } from '../i18n/messages';

type Params = Readonly<Record<string, string>>;

/**
 * A page of an edition: the default edition's at the root route (`/topics/[slug]/`), any other's under
 * `[lang]` (`/[lang]/topics/[slug]/`), as one row.
 */
export function editionRow(
  language: string,
  rootRoute: string,
  params: Params,
  view: PageView,
  sitemap?: Readonly<{ lastModified?: string | undefined; alternates: readonly Alternate[] }>,
): PageRow {
  const prefixed = language !== site.defaultLanguage;
  const route = prefixed ? `/[lang]${rootRoute}` : rootRoute;
  const all = prefixed ? { lang: language, ...params } : params;
  const path = fillRoute(route, all);
  return {
    path,
    language,
    route,
    params: all,
    files: [pageFile(path)],
    ...(sitemap
      ? {
          sitemap: {
            ...(sitemap.lastModified ? { lastModified: sitemap.lastModified } : {}),
            alternates: sitemap.alternates,
          },
        }
      : {}),
    view,
  };
}

/**
 * `/<default>/…`: the `[lang]` twin of a default-edition page at the root, which only sends the reader
 * there. `to` is the root's page, `title` the words of the link.
 */
export function defaultEditionRedirectRow(
  rootRoute: string,
  params: Params,
  to: string,
  title: string,
  chrome: Chrome,
): PageRow {
  const language = site.defaultLanguage;
  const route = `/[lang]${rootRoute}`;
  const all = { lang: language, ...params };
  const path = fillRoute(route, all);
  const view: RedirectPageView = {
    kind: 'redirect',
    chrome,
    metadata: defaultEditionRedirectMetadata(to, title),
    to,
    heading: messagesFor(language).text('redirect.toEdition'),
    label: title,
  };
  return { path, language, route, params: all, files: [pageFile(path)], view };
}
