import { searchPath } from '@/lib/urls';

/** The header search box's words, in the site's default language. */
export const SEARCH_BOX_STRINGS = { landmark: 'Site search', label: 'Search articles', button: 'Search' } as const;

/**
 * The header's search box: a plain GET form that leads to the search page with the words as `?q=`,
 * so it needs no script on the page it sits on (the policy's `form-action 'self'` lets it go there).
 * Its rules are in app/styles/search-box.css.
 */
export function SearchBox() {
  const strings = SEARCH_BOX_STRINGS;
  return (
    <form className="search-box" role="search" aria-label={strings.landmark} action={searchPath()} method="get">
      <label htmlFor="site-search" className="visually-hidden">
        {strings.label}
      </label>
      <input id="site-search" type="search" name="q" autoComplete="off" enterKeyHint="search" />
      <button type="submit">{strings.button}</button>
    </form>
  );
}
