import { describe, expect, it } from 'vitest';
import { ogLocale } from './article-metadata';
import { serializeJsonLd } from './structured-data';

describe('serializeJsonLd', () => {
  it('keeps a headline that tries to close the script element as data', () => {
    const headline = '</script><script>alert(1)</script> & "quotes" \u2028';
    const json = serializeJsonLd({ headline });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ headline });
  });
});

describe('ogLocale', () => {
  it.each([
    ['en', 'en_GB'],
    ['be', 'be_BY'],
    ['ru', 'ru_RU'],
    ['en-US', 'en_US'],
    ['de', 'de'],
  ])('%s → %s', (language, locale) => {
    expect(ogLocale(language)).toBe(locale);
  });
});
