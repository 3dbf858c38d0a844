import { BIBTEX_END, bibtexCitation, type CitationSource, plainCitation } from '@/lib/metadata/citation';

/**
 * "Cite this article": a plain citation (printed too) and a BibTeX entry, each with a copy button. The
 * access date is the reader's today, so only the enhancement script can fill it in: it turns each
 * `data-today` placeholder into a <time> with its datetime (an empty <time> without one is invalid
 * HTML). Without script the citations are complete apart from it.
 */
export function CiteThis({ citation }: { citation: CitationSource }) {
  const entry = bibtexCitation(citation);
  return (
    <section className="cite" aria-labelledby="cite-title">
      <h2 id="cite-title">Cite this article</h2>
      <p id="cite-plain" className="citation">
        {plainCitation(citation)}
        <span data-enhance="accessed" hidden>
          {' '}
          Accessed <span data-today="long" />.
        </span>
      </p>
      <button type="button" data-enhance="copy" data-copy-from="cite-plain" data-print="hide" hidden>
        Copy citation
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
        <button type="button" data-enhance="copy" data-copy-from="cite-bibtex" hidden>
          Copy BibTeX
        </button>
      </details>
    </section>
  );
}
