import type { Metadata } from 'next';
import { messagesFor } from '../i18n/messages';
import { site } from '../site-config';
import { searchPath } from '../urls';
import { pagePreview } from './page-preview';

/**
 * A search page is not a page for search engines (`noindex`; Pagefind skips it too, having no
 * data-pagefind-body), but a link to it still previews with the edition's card, described as what it
 * is: a search of the edition's articles, in its language.
 */
export function searchMetadata(language: string): Metadata {
  const t = messagesFor(language);
  const title = t.text('search.title');
  const description = t.text('search.description', { site: site.name });
  return {
    title,
    description,
    robots: { index: false },
    alternates: { canonical: searchPath(language) },
    ...pagePreview({ title, description, path: searchPath(language), language }),
  };
}
