// Pure helpers of the search page's script (client/search.ts): what Pagefind returns, turned into
// what the page shows. No DOM here, so each is tested on its own.

/** A run of an excerpt's text, and whether the search matched it (shown in <mark>). */
export type ExcerptPart = Readonly<{ text: string; marked: boolean }>;

/**
 * Splits a Pagefind excerpt into text runs, marked where the query matched. Pagefind writes the
 * article's plain text with `<` and `>` escaped and the matched words wrapped in `<mark>`; the runs are
 * plain text again, for `textContent`, so nothing in an article is ever parsed as markup.
 */
export function toExcerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const add = (text: string, marked: boolean) => {
    const plain = text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    if (!plain) return;
    const last = parts.at(-1);
    if (last && last.marked === marked) parts[parts.length - 1] = { text: last.text + plain, marked };
    else parts.push({ text: plain, marked });
  };
  for (const [index, piece] of excerpt.split(/<mark>|<\/mark>/).entries()) add(piece, index % 2 === 1);
  return parts;
}

/**
 * The status line for `count` results: the page's template for the count's plural category in its
 * language (`one`, `few`, `many`, `other`: Intl.PluralRules), with `{count}` replaced. Falls back to
 * `other`, which every page gives.
 */
export function countMessage(templates: Readonly<Record<string, string | undefined>>, count: number, language: string) {
  const category = new Intl.PluralRules(language).select(count);
  const template = templates[category] ?? templates.other ?? '{count}';
  return template.replace('{count}', new Intl.NumberFormat(language).format(count));
}

/**
 * The status line's template (`found`, `none`) with the reader's query in place of `{query}`, the query
 * exactly as typed: given as a function, so `$'`, `` $` `` and `$&` in it are text, not replacement patterns.
 */
export function withQuery(template: string, query: string): string {
  return template.replace('{query}', () => query);
}

/**
 * A result's date as the site writes dates (a fixed UTC calendar day, long month), or undefined when
 * the index holds no valid `YYYY-MM-DD` date for it.
 */
export function formatResultDate(iso: string | undefined, locale: string): string | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return undefined;
  const day = iso.slice(0, 10);
  const date = new Date(`${day}T00:00:00Z`);
  // Date rolls 30 February over into March: a day that does not exist is no date.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return undefined;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** True for a path on this site (`/news/x/`), the only kind of link a result may have. */
export function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');
}

/** The query in a search page's address (`?q=`), trimmed; empty when there is none. */
export function queryFrom(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim();
}
