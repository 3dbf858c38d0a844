import { describe, expect, it } from 'vitest';
import { languageProblem } from './languages';

describe('languageProblem', () => {
  it('takes the languages the site has a catalogue for', () => {
    expect(['be', 'ru', 'en'].map((tag) => languageProblem(tag))).toEqual([undefined, undefined, undefined]);
  });

  it.each([
    [
      'by',
      '"by" is the country code of Belarus, not a language; write a language code, one of: be (Belarusian), en (English), ru (Russian)',
    ],
    ['english', 'write the language as its code: en'],
    ['Беларуская', 'write the language as its code: be'],
    ['xx', 'write a language code, one of: be (Belarusian), en (English), ru (Russian)'],
    ['en-GB', 'the site\'s English is "en"; write language: en'],
    [
      'de',
      'there is no interface in German yet; write one of be (Belarusian), en (English), ru (Russian), or add lib/i18n/catalogues/de.json (see README)',
    ],
  ])('refuses %s with the fix', (tag, fix) => {
    expect(languageProblem(tag)).toBe(fix);
  });
});
