import { describe, expect, it } from 'vitest';
import { countWords, toExcerpt, toReadingMinutes } from './article-stats';

describe('countWords', () => {
  it('counts words with inner apostrophes and hyphens as one, and ignores dashes and quotes', () => {
    expect(countWords('NATO’s well-known drill — “here”')).toBe(4);
  });
  it('counts Cyrillic words', () => {
    expect(countWords('Міністр абароны Расіі')).toBe(3);
  });
});

describe('toReadingMinutes', () => {
  it('rounds to whole minutes and never says zero', () => {
    expect(toReadingMinutes(10)).toBe(1);
    expect(toReadingMinutes(690)).toBe(3);
  });
});

describe('toExcerpt', () => {
  it('keeps short text whole', () => {
    expect(toExcerpt('Short text.')).toBe('Short text.');
  });
  it('cuts long text at a word boundary with an ellipsis', () => {
    const excerpt = toExcerpt('word '.repeat(100), 30);
    expect(excerpt.length).toBeLessThanOrEqual(30);
    expect(excerpt).toBe('word word word word word word…');
  });
});
