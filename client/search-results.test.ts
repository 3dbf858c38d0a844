import { describe, expect, it } from 'vitest';
import { countMessage, formatResultDate, isSitePath, queryFrom, toExcerptParts, withQuery } from './search-results';

describe('toExcerptParts', () => {
  it('splits an excerpt into plain runs and the matched words', () => {
    expect(toExcerptParts('the plans are <mark>counterproductive</mark> and not <mark>conducive</mark>.')).toEqual([
      { text: 'the plans are ', marked: false },
      { text: 'counterproductive', marked: true },
      { text: ' and not ', marked: false },
      { text: 'conducive', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('gives back the article’s own angle brackets as text, never as markup', () => {
    expect(toExcerptParts('writes &lt;script&gt;<mark>alert</mark>("x")&lt;/script&gt; & more')).toEqual([
      { text: 'writes <script>', marked: false },
      { text: 'alert', marked: true },
      { text: '("x")</script> & more', marked: false },
    ]);
  });

  it('joins neighbouring matches into one mark and drops empty runs', () => {
    expect(toExcerptParts('<mark>NATO</mark><mark>’s</mark> drill')).toEqual([
      { text: 'NATO’s', marked: true },
      { text: ' drill', marked: false },
    ]);
  });
});

describe('countMessage', () => {
  const english = { one: '{count} article found', other: '{count} articles found' };
  const belarusian = {
    one: '{count} артыкул',
    few: '{count} артыкулы',
    many: '{count} артыкулаў',
    other: '{count} артыкула',
  };

  it.each([
    [english, 1, 'en', '1 article found'],
    [english, 0, 'en', '0 articles found'],
    [english, 1200, 'en', '1,200 articles found'],
    [belarusian, 21, 'be', '21 артыкул'],
    [belarusian, 3, 'be', '3 артыкулы'],
    [belarusian, 5, 'be', '5 артыкулаў'],
  ])('words %#: %s for %i in %s', (templates, count, language, expected) => {
    expect(countMessage(templates, count, language)).toBe(expected);
  });

  it('falls back to the "other" form when a language’s form is missing', () => {
    expect(countMessage({ other: '{count} articles' }, 1, 'en')).toBe('1 articles');
  });
});

describe('withQuery', () => {
  it.each([["$'"], ['$`'], ['$&'], ['$$'], ['$1 and $<name>']])(
    'puts the query %s in the status line as typed',
    (query) => {
      expect(withQuery('No article found for “{query}”. Try another word.', query)).toBe(
        `No article found for “${query}”. Try another word.`,
      );
    },
  );
});

describe('formatResultDate', () => {
  it('writes the day as the site does, whatever the reader’s time zone', () => {
    expect(formatResultDate('2018-10-24', 'en-GB')).toBe('24 October 2018');
    expect(formatResultDate('2026-12-01T06:00+02:00', 'en-GB')).toBe('1 December 2026');
  });

  it.each([undefined, '', 'yesterday', '2018-02-30'])('shows no date for %j', (value) => {
    expect(formatResultDate(value, 'en-GB')).toBeUndefined();
  });
});

describe('isSitePath', () => {
  it.each([
    ['/news/x/', true],
    ['//evil.example/', false],
    ['/\\evil.example/', false],
    ['https://evil.example/', false],
    ['javascript:alert(1)', false],
  ])('%s: %s', (url, expected) => {
    expect(isSitePath(url)).toBe(expected);
  });
});

describe('queryFrom', () => {
  it('reads q from the address, decoded and trimmed', () => {
    expect(queryFrom('?q=+NATO%20threat+')).toBe('NATO threat');
    expect(queryFrom('?x=1')).toBe('');
  });
});
