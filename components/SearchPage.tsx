import { catalogues } from '@/lib/i18n/catalogues';
import { messagesFor } from '@/lib/i18n/messages';
import { editionPath, searchPath } from '@/lib/urls';
import { keyed } from './keyed';

/**
 * The search page: a form that works as a plain GET to itself, a status line announced to screen
 * readers and an empty results list, all filled in by client/search.ts (the build inlines it on this
 * page only). Without JavaScript the form stays hidden and the page says search needs it, above the
 * links to the topic and archive indexes that every reader gets. Language and date style come from
 * the page, so the script has no words of its own.
 */
export function SearchPage({ language }: { language: string }) {
  const t = messagesFor(language);
  const catalogue = catalogues().get(language);
  const found = Object.fromEntries(
    Object.entries(catalogue?.['search.found'] ?? {}).map(([category, template]) => [
      `data-found-${category}`,
      template,
    ]),
  );
  const edition = editionPath(language);
  const browse = {
    byTopic: <a href={`${edition}topics/`}>{t.text('search.byTopic')}</a>,
    inArchive: <a href={`${edition}archive/`}>{t.text('search.inArchive')}</a>,
  };
  return (
    <div className="search-page">
      <h1 className="page-title" id="search-title">
        {t.text('search.title')}
      </h1>
      <p className="search-needs-js" data-search-needs-js="">
        {t.text('search.needsJs')}
      </p>
      <form
        className="search-form"
        role="search"
        aria-labelledby="search-title"
        action={searchPath(language)}
        method="get"
        hidden
        data-search=""
        data-language={language}
        data-date-locale={t.text('locale.intl')}
        data-searching={t.text('search.searching')}
        data-shown={t.text('search.shown', { count: '{count}' })}
        data-none={t.text('search.none', { query: '{query}' })}
        data-failed={t.text('search.failed')}
        {...found}
      >
        <label htmlFor="search-query">{t.text('search.label')}</label>
        <div className="search-row">
          <input id="search-query" type="search" name="q" autoComplete="off" enterKeyHint="search" />
          <button type="submit">{t.text('search.button')}</button>
        </div>
      </form>
      <p className="search-status" role="status" data-search-status="" />
      <ol className="search-results" data-search-results="" hidden />
      <p className="search-browse">{keyed(t.parts('search.browse', browse))}</p>
    </div>
  );
}
