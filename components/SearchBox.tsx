import { messagesFor } from '@/lib/i18n/messages';
import { searchPath } from '@/lib/urls';

/**
 * The header's search box: a plain GET form that leads to the search page with the words as `?q=`,
 * so it needs no script on the page it sits on (the policy's `form-action 'self'` lets it go there).
 * Its rules are in app/styles/search-box.css.
 */
export function SearchBox({ language }: { language: string }) {
  const t = messagesFor(language);
  return (
    <form
      className="search-box"
      role="search"
      aria-label={t.text('searchBox.landmark')}
      action={searchPath(language)}
      method="get"
    >
      <label htmlFor="site-search" className="visually-hidden">
        {t.text('searchBox.label')}
      </label>
      <input id="site-search" type="search" name="q" autoComplete="off" enterKeyHint="search" />
      <button type="submit">{t.text('searchBox.button')}</button>
    </form>
  );
}
