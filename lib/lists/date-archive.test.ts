import { describe, expect, it } from 'vitest';
import { makeArticle } from '@/tests/helpers/make-article';
import { formatMonth, groupByMonth, neighbours, toYears } from './date-archive';

// The newsroom is in Minsk (site.yml timeZone: Europe/Minsk): a month is Minsk's month.
const at = (slug: string, published: string, language = 'en') =>
  makeArticle({ id: `d-${slug}`, slug, published, language }, undefined, 'Europe/Minsk');

const articles = [
  at('oct-early', '2018-10-02'),
  at('dec-2017', '2017-12-31'),
  // 23:30 in Minsk on 31 October is 20:30 UTC: October in Minsk.
  at('oct-late-minsk', '2018-10-31T23:30+03:00'),
  // 00:30 on 1 November in Minsk is still 31 October in UTC: November in Minsk.
  at('nov-first-minsk', '2018-11-01T00:30+03:00'),
  // 21:30 UTC on 31 October, written in UTC, is 00:30 on 1 November in Minsk: November.
  at('nov-first-utc', '2018-10-31T21:30Z'),
  at('oct-be', '2018-10-24', 'be'),
];
const slugs = (list: readonly { slug: string }[]) => list.map(({ slug }) => slug);

describe('groupByMonth', () => {
  const months = groupByMonth(articles);

  it('groups each edition’s articles by their month in the newsroom’s time zone, newest month first', () => {
    expect(months.map(({ language, year, month, articles: list }) => [language, year, month, slugs(list)])).toEqual([
      ['be', 2018, 10, ['oct-be']],
      ['en', 2018, 11, ['nov-first-minsk', 'nov-first-utc']],
      ['en', 2018, 10, ['oct-late-minsk', 'oct-early']],
      ['en', 2017, 12, ['dec-2017']],
    ]);
  });

  it('puts every article in exactly one month', () => {
    expect(months.flatMap(({ articles: list }) => slugs(list)).sort()).toEqual(slugs(articles).sort());
  });
});

describe('toYears and neighbours', () => {
  const english = groupByMonth(articles).filter(({ language }) => language === 'en');

  it('gathers an edition’s months into years, newest first', () => {
    expect(toYears(english).map(({ year, months }) => [year, months.map(({ month }) => month)])).toEqual([
      [2018, [11, 10]],
      [2017, [12]],
    ]);
  });

  it('gives the months with articles either side of a month, across a year’s end, and nothing past either end', () => {
    const [november, october, december] = english as [(typeof english)[0], (typeof english)[0], (typeof english)[0]];
    expect(neighbours(english, october)).toEqual({ earlier: december, later: november });
    expect(neighbours(english, november)).toEqual({ earlier: october, later: undefined });
    expect(neighbours(english, december)).toEqual({ earlier: undefined, later: october });
  });
});

describe('formatMonth', () => {
  it.each([
    ['en-GB', 'October 2018'],
    ['be', 'кастрычнік 2018'],
    ['ru', 'октябрь 2018 г.'],
  ])('names October 2018 in %s as %s', (locale, expected) => {
    expect(formatMonth(2018, 10, locale)).toBe(expected);
  });
});
