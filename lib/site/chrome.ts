import { getEditionLanguages, getSitePages } from '../articles';
import { ABOUT_PAGE, type SitePage } from '../content/site-pages';
import { messagesFor } from '../i18n/messages';
import { featuredSections } from '../lists/front-page';
import { aboutPath, correctionsPath, editionPath } from '../urls';
import type { Chrome, PageLink } from './views';

/**
 * The frame of every page of one edition, as this build shows it: the editions the masthead offers, the
 * edition's featured sections, and the footer's links to the newsroom's own pages. Made once per
 * edition per table.
 */
export function toChrome(language: string): Chrome {
  return {
    language,
    editions: getEditionLanguages().map((edition) => ({ language: edition, href: editionPath(edition) })),
    sections: featuredSections(language, 0).map(({ id, name, path }) => ({ id, name, path })),
    newsroom: newsroomLinks(language),
  };
}

/** The newsroom's pages in `language`, the `about` page first, then the others by id. */
export function pagesIn(language: string): SitePage[] {
  return getSitePages()
    .filter((page) => page.language === language)
    .sort((a, b) => (a.id === ABOUT_PAGE ? -1 : b.id === ABOUT_PAGE ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * The footer's links in `language`: `/about/` (named by the `about` page's label, or "About us"), each
 * other page of the newsroom's, and the edition's corrections.
 */
export function newsroomLinks(language: string): PageLink[] {
  const pages = pagesIn(language);
  const about = pages.find((page) => page.id === ABOUT_PAGE);
  return [
    { href: aboutPath(language), label: about?.label ?? messagesFor(language).text('about.label') },
    ...pages
      .filter((page) => page.id !== ABOUT_PAGE)
      .map((page) => ({ href: aboutPath(language, page.id), label: page.label })),
    { href: correctionsPath(language), label: messagesFor(language).text('corrections.pageTitle') },
  ];
}
