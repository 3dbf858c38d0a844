import { messagesFor } from '@/lib/i18n/messages';
import { BIBTEX_END, bibtexCitation, type CitationSource, plainCitation } from '@/lib/metadata/citation';
import { keyed } from './keyed';
import { copyLabels } from './copy-labels';

/**
 * "Cite this article": a plain citation (printed too) and a BibTeX entry, each with a copy button. The
 * access date is the reader's today, so only the enhancement script can fill it in: it turns each
 * `data-today` placeholder into a <time> with its datetime (an empty <time> without one is invalid
 * HTML), spelled with the month names given here in the page's language. Without script the
 * citations are complete apart from it.
 */
export function CiteThis({ citation }: { citation: CitationSource }) {
  const t = messagesFor(citation.language);
  const entry = bibtexCitation(citation);
  const today = <span data-today="long" data-months={monthNames(t.date)} />;
  return (
    <section className="cite" aria-labelledby="cite-title">
      <h2 id="cite-title">{t.text('cite.title')}</h2>
      <p id="cite-plain" className="citation">
        {plainCitation(citation)}
        <span data-enhance="accessed" hidden>
          {' '}
          {keyed(t.parts('cite.accessed', { date: today }))}
        </span>
      </p>
      <button type="button" data-enhance="copy" data-copy-from="cite-plain" data-print="hide" hidden {...copyLabels(t)}>
        {t.text('cite.copy')}
      </button>
      <details className="bibtex" data-print="hide">
        <summary>BibTeX</summary>
        <pre id="cite-bibtex">
          {entry.slice(0, -BIBTEX_END.length)}
          <span data-enhance="accessed" hidden>
            {',\n  urldate = {'}
            <span data-today="iso" />
            {'}'}
          </span>
          {BIBTEX_END}
        </pre>
        <button type="button" data-enhance="copy" data-copy-from="cite-bibtex" hidden {...copyLabels(t)}>
          {t.text('cite.copyBibtex')}
        </button>
      </details>
    </section>
  );
}

/**
 * The language's long date of the 1st of each month with the day and year as {d} and {y}, joined by
 * "|": the script picks this month's and fills in the reader's today, with no Intl work on the phone.
 */
function monthNames(date: (iso: string) => string): string {
  return Array.from({ length: 12 }, (_, month) =>
    date(`2001-${String(month + 1).padStart(2, '0')}-01`)
      .replace(/\b1\b/, '{d}')
      .replace('2001', '{y}'),
  ).join('|');
}
