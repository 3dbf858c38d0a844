import { describe, expect, it } from 'vitest';
import { URL_SEGMENT } from './article-schema';
import { slugify } from './slugify';

describe('slugify', () => {
  it.each([
    ['Russia once again speaks about NATO threat', 'en', 'russia-once-again-speaks-about-nato-threat'],
    ['NATO’s “threat” — again!', 'en', 'natos-threat-again'],
    ['Łukašenka meets Šojgu in Minsk', 'en', 'lukasenka-meets-sojgu-in-minsk'],
    ['Шойгу прибыл в Минск', 'ru', 'shoygu-pribyl-v-minsk'],
    ['Галоўныя навіны з Гародні', 'be', 'halownyya-naviny-z-harodni'],
    ['Zmitser Mitskevich', 'en', 'zmitser-mitskevich'],
    ['INF treaty', 'en', 'inf-treaty'],
    ['Straße', 'de', 'strasse'],
    ['Øresund', 'en', 'oresund'],
    ['Æsop', 'en', 'aesop'],
    ['Đukanović', 'en', 'dukanovic'],
    ['Þingvellir', 'is', 'thingvellir'],
    // Decomposed: й as и + combining breve, ё as е + combining diaeresis.
    ['Шой\u0433у і Лукашэнка'.normalize('NFD'), 'ru', 'shoygu-i-lukashenka'],
    ['Ма\u0438\u0306ор'.normalize('NFD'), 'ru', 'mayor'],
    ['Лукашэнка і Шойгу', 'be', 'lukashenka-i-shoyhu'],
    ['Ёлка', 'ru', 'yolka'],
  ])('%s (%s) → %s', (text, language, expected) => {
    const slug = slugify(text, language);
    expect(slug).toBe(expected);
    expect(slug).toMatch(URL_SEGMENT);
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = slugify('word '.repeat(40), 'en', 20);
    expect(slug).toBe('word-word-word-word');
  });

  it('returns an empty string when nothing can be spelled in Latin letters', () => {
    expect(slugify('🙂 🙂', 'en')).toBe('');
  });
});
