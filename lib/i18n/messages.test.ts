import { describe, expect, it } from 'vitest';
import { fill, messagesFor } from './messages';

describe('messagesFor', () => {
  it.each([
    ['en', '24 October 2018'],
    ['be', '24 кастрычніка 2018 г.'],
    ['ru', '24 октября 2018 г.'],
  ])('writes a date in %s as its readers do: %s', (language, date) => {
    expect(messagesFor(language).date('2018-10-24')).toBe(date);
    // A time with a zone shows the newsroom's calendar day, whatever the zone.
    expect(messagesFor(language).date('2018-10-24T23:30+03:00')).toBe(date);
  });

  const readingTimes: [string, [number, string][]][] = [
    [
      'be',
      [
        [1, '1 хвіліна чытання'],
        [2, '2 хвіліны чытання'],
        [5, '5 хвілін чытання'],
        [21, '21 хвіліна чытання'],
      ],
    ],
    [
      'ru',
      [
        [1, '1 минута чтения'],
        [3, '3 минуты чтения'],
        [5, '5 минут чтения'],
        [11, '11 минут чтения'],
      ],
    ],
    [
      'en',
      [
        [1, '1 min read'],
        [2, '2 min read'],
        [5, '5 min read'],
        [21, '21 min read'],
      ],
    ],
  ];
  it.each(readingTimes)('pluralises reading time by %s grammar', (language, cases) => {
    for (const [count, text] of cases) expect(messagesFor(language).count('readingTime', count)).toBe(text);
  });

  it('joins names and quotes titles the language’s way', () => {
    expect(messagesFor('en').list(['A', 'B', 'C'])).toBe('A, B and C');
    expect(messagesFor('be').list(['А', 'Б'])).toBe('А і Б');
    expect(messagesFor('ru').list(['А', 'Б'])).toBe('А и Б');
    expect(messagesFor('en').quote('NATO')).toBe('“NATO”');
    expect(messagesFor('be').quote('НАТА')).toBe('«НАТА»');
    expect(messagesFor('ru').quote('НАТО')).toBe('«НАТО»');
  });

  it('names each language in itself', () => {
    expect(['be', 'ru', 'en'].map((language) => messagesFor(language).text('language.name'))).toEqual([
      'Беларуская',
      'Русский',
      'English',
    ]);
  });

  it('refuses a language with no catalogue, naming the file to add', () => {
    expect(() => messagesFor('de')).toThrow('No message catalogue for "de": add lib/i18n/catalogues/de.json');
  });
});

describe('fill', () => {
  it('puts each value where its placeholder is, keeping elements as they are', () => {
    const link = { tag: 'a' };
    expect(fill('By {authors}.', { authors: link })).toEqual(['By ', link, '.']);
    expect(() => fill('Hello {name}', {})).toThrow('No value for {name} in "Hello {name}"');
  });
});

describe('times in the newsroom’s zone', () => {
  it.each([
    ['en', '21:40', '4 December at 21:40', '4 December 2026'],
    ['be', '21:40', '4 снежня у 21:40', '4 снежня 2026 г.'],
    ['ru', '21:40', '4 декабря в 21:40', '4 декабря 2026 г.'],
  ])(
    '%s: a moment written in any zone, as the clock and calendar in Minsk show it',
    (language, clock, dayClock, day) => {
      const t = messagesFor(language);
      expect(t.clock('2026-12-04T18:40Z', 'Europe/Minsk')).toBe(clock);
      expect(t.clock('2026-12-04T18:40Z', 'Europe/Minsk', true)).toBe(dayClock);
      expect(t.dayOf('2026-12-04T22:30Z', 'Europe/Minsk')).toBe(`${day.replace('4', '5')}`);
      expect(t.zoneName('Europe/Minsk', '2026-12-04T18:40Z')).toBe('GMT+3');
    },
  );
});
