import { searchPath } from '@/lib/urls';

/**
 * The search page's words, in the site's default language. `found` has one template per plural
 * category (Intl.PluralRules); `{count}` and `{query}` are filled in by client/search.ts.
 */
export const SEARCH_STRINGS = {
  title: 'Search',
  label: 'Words to find in articles',
  button: 'Search',
  needsJs: 'Search runs in your browser and needs JavaScript, which is turned off or blocked here.',
  browse: 'Every article can also be found',
  byTopic: 'by topic',
  or: 'or',
  inArchive: 'by date, in the archive',
  searching: 'Searching…',
  found: { one: '{count} article found for “{query}”', other: '{count} articles found for “{query}”' },
  shown: 'The first {count} are shown.',
  none: 'No article found for “{query}”. Try another word, or browse by topic or date below.',
  failed: 'Search is unavailable right now. Try again later, or browse by topic or date below.',
  dateLocale: 'en-GB',
} as const;

// The topic and archive index pages (made on another branch); move into lib/urls.ts with them.
const TOPICS_PATH = '/topics/';
const ARCHIVE_PATH = '/archive/';

/**
 * The search page: a form that works as a plain GET to itself, a status line announced to screen
 * readers and an empty results list, all filled in by client/search.ts (the build inlines it on this
 * page only). Without JavaScript the form stays hidden and the page says search needs it, above the
 * links to the topic and archive indexes that every reader gets. Language and date style come from
 * the page, so the script has no words of its own.
 */
export function SearchPage({ language }: { language: string }) {
  const strings = SEARCH_STRINGS;
  const found = Object.fromEntries(
    Object.entries(strings.found).map(([category, template]) => [`data-found-${category}`, template]),
  );
  return (
    <div className="search-page">
      <h1 className="page-title" id="search-title">
        {strings.title}
      </h1>
      <p className="search-needs-js" data-search-needs-js="">
        {strings.needsJs}
      </p>
      <form
        className="search-form"
        role="search"
        aria-labelledby="search-title"
        action={searchPath()}
        method="get"
        hidden
        data-search=""
        data-language={language}
        data-date-locale={strings.dateLocale}
        data-searching={strings.searching}
        data-shown={strings.shown}
        data-none={strings.none}
        data-failed={strings.failed}
        {...found}
      >
        <label htmlFor="search-query">{strings.label}</label>
        <div className="search-row">
          <input id="search-query" type="search" name="q" autoComplete="off" enterKeyHint="search" />
          <button type="submit">{strings.button}</button>
        </div>
      </form>
      <p className="search-status" role="status" data-search-status="" />
      <ol className="search-results" data-search-results="" hidden />
      <p className="search-browse">
        {strings.browse} <a href={TOPICS_PATH}>{strings.byTopic}</a> {strings.or}{' '}
        <a href={ARCHIVE_PATH}>{strings.inArchive}</a>.
      </p>
    </div>
  );
}
