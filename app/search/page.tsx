import type { Metadata } from 'next';
import { SEARCH_STRINGS, SearchPage } from '@/components/SearchPage';
import { site } from '@/lib/site-config';
import { searchPath } from '@/lib/urls';
import './search.css';

// A page of results is not a page for search engines: `noindex`, and Pagefind skips it too (it has no
// data-pagefind-body, see scripts/build-steps/search-marks.mjs).
export const metadata: Metadata = {
  title: SEARCH_STRINGS.title,
  robots: { index: false },
  alternates: { canonical: searchPath() },
};

/** /search/: the search page, in the site's default language, searching that language's index. */
export default function Search() {
  return <SearchPage language={site.language} />;
}
