// The newsroom's own pages (content/pages/): in each edition, `/about/` and `/about/<id>/` for every other page.
import type { Metadata } from 'next';
import { getEditionLanguages, getSiteFile, getSitePages } from '../articles';
import { ABOUT_PAGE, type SitePage } from '../content/site-pages';
import { messagesFor } from '../i18n/messages';
import { type Alternate, languageAlternates } from '../metadata/language-alternates';
import { pagePreview } from '../metadata/page-preview';
import { site } from '../site-config';
import { aboutPath, absoluteUrl } from '../urls';
import { newsroomLinks, pagesIn } from './chrome';
import { editionRow } from './edition-route';
import { toPublisher } from './publisher';
import type { AboutPageView, Chrome, PageRow } from './views';

/** The root route of the newsroom's pages: `/about/` itself and `/about/<id>/`, one route so it is never empty. */
export const ABOUT_ROUTE = '/about/[[...slug]]/';

/** Where the page `id` is in each edition that has it, for hreflang and the sitemap. */
function versionsOf(id: string): Alternate[] {
  const editions = getEditionLanguages();
  const has = (language: string) =>
    id === ABOUT_PAGE || getSitePages().some((page) => page.id === id && page.language === language);
  return [...editions]
    .sort()
    .filter(has)
    .map((language) => ({ language, url: absoluteUrl(aboutPath(language, id)) }));
}

function metadataOf(title: string, description: string, path: string, language: string, versions: Alternate[]) {
  return {
    title,
    description,
    alternates: { canonical: path, ...languageAlternates(versions) },
    ...pagePreview({ title, description, path, language }),
  } satisfies Metadata;
}

/** One page's row in `language`: `/about/` for the `about` page (or the section's page without one), `/about/<id>/`. */
function aboutRow(
  language: string,
  chrome: Chrome,
  id: string,
  page: SitePage | undefined,
  view: Partial<AboutPageView>,
) {
  const t = messagesFor(language);
  const title = page?.title ?? t.text('about.title', { site: site.name });
  const description = page?.description ?? t.text('site.description', { site: site.name });
  const path = aboutPath(language, id);
  const versions = versionsOf(id);
  return editionRow(
    language,
    ABOUT_ROUTE,
    id === ABOUT_PAGE ? {} : { slug: id },
    {
      kind: 'about',
      chrome,
      metadata: metadataOf(title, description, path, language, versions),
      title,
      ...(page ? { html: page.bodyHtml } : {}),
      ...(page?.updated ? { updated: page.updated } : {}),
      ...view,
    },
    { lastModified: page?.updated, alternates: versions },
  );
}

/** The page that shows site.yml's `contact` address above its text; `/about/` does in an edition without one. */
export const CONTACT_PAGE = 'contact';

/**
 * An edition's pages of the newsroom's own: `/about/` (the `about` page, or the site's description
 * without one), which lists every other page and says who publishes the site in structured data, and
 * `/about/<id>/` for each of them; the `contact` page (or `/about/`) with site.yml's address.
 */
export function aboutRows(language: string, chrome: Chrome): PageRow[] {
  const pages = pagesIn(language);
  const others = pages.filter((page) => page.id !== ABOUT_PAGE);
  const [, ...links] = newsroomLinks(language);
  const { contact } = getSiteFile();
  const contactOn = others.some((page) => page.id === CONTACT_PAGE) ? CONTACT_PAGE : ABOUT_PAGE;
  const address = (id: string) => (contact && id === contactOn ? { contact } : {});
  return [
    aboutRow(
      language,
      chrome,
      ABOUT_PAGE,
      pages.find((page) => page.id === ABOUT_PAGE),
      {
        pages: links,
        publisher: toPublisher(language),
        ...address(ABOUT_PAGE),
      },
    ),
    ...others.map((page) => aboutRow(language, chrome, page.id, page, address(page.id))),
  ];
}
