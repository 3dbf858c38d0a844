import { messagesFor } from '../i18n/messages';

/** What a citation of an article needs, all as published. */
export type CitationSource = Readonly<{
  id: string;
  headline: string;
  /** The authors' names in the article's language, in order. */
  authors: readonly string[];
  /** The article's language: the citation's words, date and quotation marks are its. */
  language: string;
  /** ISO date, or date-time with a zone. */
  published: string;
  source: Readonly<{ name: string; url: string }>;
  /** The canonical permalink, absolute. */
  permalink: string;
  siteName: string;
}>;

/**
 * The plain citation a reader pastes into an essay or a footnote, without the access date (which only
 * the reader's own clock knows):
 * Zmitser Mitskevich, “Russia once again…”, The Minsk Dispatch, 24 October 2018, originally published by Belsat. https://…/
 */
export function plainCitation(c: CitationSource): string {
  const t = messagesFor(c.language);
  return t.text('cite.plain', {
    authors: t.list(c.authors),
    headline: t.quote(c.headline),
    site: c.siteName,
    date: t.date(c.published),
    source: c.source.name,
    url: c.permalink,
  });
}

/**
 * A BibTeX (biblatex `@online`) entry keyed by the article's stable id; `accessed` (YYYY-MM-DD) becomes
 * its urldate when known.
 */
export function bibtexCitation(c: CitationSource, accessed?: string): string {
  const fields: [string, string][] = [
    // BibTeX separates names with "and" in every language.
    ['author', `{${c.authors.map(bibtexText).join(' and ')}}`],
    // Double braces keep the headline's capitals, which styles would otherwise lowercase.
    ['title', `{{${bibtexText(c.headline)}}}`],
    ['organization', `{${bibtexText(c.siteName)}}`],
    ['date', `{${c.published.slice(0, 10)}}`],
    // The permalink is made of the site origin and a validated slug: nothing in it needs escaping.
    ['url', `{${c.permalink}}`],
    ['langid', `{${bibtexLanguage(c.language)}}`],
    ['note', `{${bibtexText(messagesFor(c.language).text('cite.bibtexNote', { source: c.source.name }))}}`],
  ];
  if (accessed) fields.push(['urldate', `{${accessed}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@online{${c.id},\n${body}${BIBTEX_END}`;
}

/** biblatex's language name (babel's) for a language tag: `be` → belarusian. */
function bibtexLanguage(language: string): string {
  const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(language.split('-')[0] ?? language) ?? language;
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

/** How every entry ends, so a page can insert the reader's access date before it. */
export const BIBTEX_END = '\n}';

// Characters TeX treats as commands or groups; each becomes its text command.
const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // BibTeX counts braces even when escaped, so a lone \{ would end the field early.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text safe inside a BibTeX field: TeX's special characters become commands, braces stay balanced. */
export function bibtexText(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (char) => TEX_SPECIALS[char] ?? char);
}
