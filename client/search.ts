// The search page's script (components/SearchPage.tsx; the build inlines it on /search/ only). It
// shows the form, searches with Pagefind's own script and index (/pagefind/, on the main thread, in
// the page's language) and lists each article found with its date and an excerpt, the matched words
// in <mark>. Every string it shows comes from the page; results are built as text, never as markup.

import { countMessage, formatResultDate, isSitePath, queryFrom, toExcerptParts, withQuery } from './search-results';

type ResultData = { url: string; excerpt: string; meta: Partial<Record<string, string>> };
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string) => Promise<{ results: { data: () => Promise<ResultData> }[] } | null>;
};

/** How many results are shown: a screenful or two of excerpts. */
const SHOWN = 20;

const form = document.querySelector<HTMLFormElement>('form[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');

if (form && input && status && list) {
  const words = form.dataset;
  const language = words.language || document.documentElement.lang || 'en';
  const dateLocale = words.dateLocale || language;
  const found = Object.fromEntries(
    Object.entries(words)
      .filter(([key]) => key.startsWith('found'))
      .map(([key, value]) => [key.slice('found'.length).toLowerCase(), value]),
  );
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href).then(
      async (module: Pagefind) => {
        await module.options({ noWorker: true, language });
        return module;
      },
    ));

  const resultItem = (data: ResultData): HTMLLIElement | undefined => {
    if (!isSitePath(data.url)) return undefined;
    const item = Object.assign(document.createElement('li'), { className: 'search-result' });
    const heading = document.createElement('h2');
    heading.append(Object.assign(document.createElement('a'), { href: data.url, textContent: data.meta.title ?? '' }));
    item.append(heading);
    const date = formatResultDate(data.meta.date, dateLocale);
    if (date && data.meta.date) {
      const time = Object.assign(document.createElement('time'), { dateTime: data.meta.date, textContent: date });
      const line = Object.assign(document.createElement('p'), { className: 'search-result-date' });
      line.append(time);
      item.append(line);
    }
    const excerpt = Object.assign(document.createElement('p'), { className: 'search-excerpt' });
    for (const part of toExcerptParts(data.excerpt)) {
      excerpt.append(
        part.marked ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text,
      );
    }
    item.append(excerpt);
    return item;
  };

  const show = (message: string, items: HTMLLIElement[] = []) => {
    status.textContent = message;
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
  };

  const run = async (query: string) => {
    const ticket = ++latest;
    input.value = query;
    if (!query) return show('');
    status.textContent = words.searching ?? '';
    try {
      const search = await (await load()).search(query);
      if (!search) return;
      const data = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
      if (ticket !== latest) return;
      const count = search.results.length;
      const items = data.map(resultItem).filter((item) => item !== undefined);
      const message =
        count === 0
          ? (words.none ?? '')
          : countMessage(found, count, language) +
            (count > SHOWN ? ` ${countMessage({ other: words.shown ?? '' }, SHOWN, language)}` : '');
      show(withQuery(message, query), items);
    } catch {
      if (ticket === latest) show(words.failed ?? '');
    }
  };

  document.querySelector<HTMLElement>('[data-search-needs-js]')?.setAttribute('hidden', '');
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    // Each search is a page of history, as a plain GET would make it, so Back returns to the last one.
    history.pushState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    void run(query);
  });
  addEventListener('popstate', () => void run(queryFrom(location.search)));
  void run(queryFrom(location.search));
}
