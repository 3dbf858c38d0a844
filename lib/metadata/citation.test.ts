import { describe, expect, it } from 'vitest';
import { bibtexCitation, bibtexText, type CitationSource, plainCitation } from './citation';

const seed: CitationSource = {
  id: 'k7q2mx',
  headline: 'Russia once again speaks about NATO threat for Russia and Belarus',
  authors: ['Zmitser Mitskevich'],
  language: 'en',
  published: '2018-10-24',
  source: { name: 'Belsat TV', url: 'https://naviny.belsat.eu/en/news/x/' },
  permalink: 'https://news.example.org/news/russia-once-again/',
  siteName: 'The Minsk Dispatch',
};

describe('plainCitation', () => {
  it('names author, headline, site, date, original publisher and permalink', () => {
    expect(plainCitation(seed)).toBe(
      'Zmitser Mitskevich, “Russia once again speaks about NATO threat for Russia and Belarus”, The Minsk Dispatch, 24 October 2018, originally published by Belsat TV. https://news.example.org/news/russia-once-again/',
    );
  });

  it('dates a date-time by the calendar day the newsroom wrote', () => {
    expect(plainCitation({ ...seed, published: '2018-10-24T23:30+03:00' })).toContain(', 24 October 2018,');
  });
});

describe('bibtexCitation', () => {
  it('is a biblatex @online entry keyed by the stable id', () => {
    expect(bibtexCitation(seed)).toBe(
      [
        '@online{k7q2mx,',
        '  author = {Zmitser Mitskevich},',
        '  title = {{Russia once again speaks about NATO threat for Russia and Belarus}},',
        '  organization = {The Minsk Dispatch},',
        '  date = {2018-10-24},',
        '  url = {https://news.example.org/news/russia-once-again/},',
        '  langid = {english},',
        '  note = {Originally published by Belsat TV}',
        '}',
      ].join('\n'),
    );
  });

  it('adds the access date when the reader’s clock is known', () => {
    expect(bibtexCitation(seed, '2026-11-25')).toMatch(
      /note = \{Originally published by Belsat TV\},\n {2}urldate = \{2026-11-25\}\n\}$/,
    );
  });

  it('keeps a headline with TeX’s special characters inside its field', () => {
    const entry = bibtexCitation({ ...seed, headline: 'Tax of 5% & a {brace} } \\end{document} #1_a^b~c $x' });
    expect(entry).toContain(
      'title = {{Tax of 5\\% \\& a \\textbraceleft{}brace\\textbraceright{} \\textbraceright{} \\textbackslash{}end\\textbraceleft{}document\\textbraceright{} \\#1\\_a\\textasciicircum{}b\\textasciitilde{}c \\$x}},',
    );
    const title = /title = (.*),\n/.exec(entry)?.[1] ?? '';
    expect(title.split('{').length).toBe(title.split('}').length);
  });
});

describe('bibtexText', () => {
  it('leaves letters of any script alone', () => {
    expect(bibtexText('Лукашэнка: «Мы» — Łódź')).toBe('Лукашэнка: «Мы» — Łódź');
  });
});
