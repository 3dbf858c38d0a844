import { describe, expect, it } from 'vitest';
import { makeArticle } from '@/tests/helpers/make-article';
import { groupByAuthor, groupByTopic } from './archive';

const older = makeArticle({
  id: 'old001',
  slug: 'older',
  published: '2018-10-20',
  author: 'Zmitser Mitskevich',
  topics: ['NATO', 'Belarus'],
});
const newer = makeArticle({
  id: 'new001',
  slug: 'newer',
  published: '2018-10-24T06:00+03:00',
  author: 'Hanna Liubakova',
  topics: ['Nato', 'Poland'],
});
const newest = makeArticle({
  id: 'new002',
  slug: 'newest',
  published: '2018-11-02',
  author: 'ZMITSER MITSKEVICH',
  topics: ['“NATO”', 'nato!'],
});

describe('groupByAuthor', () => {
  it('gives each author one group with their articles newest first, whatever the input order', () => {
    const groups = groupByAuthor([older, newer, newest]);
    expect(groups.map(({ slug, articles }) => [slug, articles.map((a) => a.slug)])).toEqual([
      ['hanna-liubakova', ['newer']],
      ['zmitser-mitskevich', ['newest', 'older']],
    ]);
  });

  it('gives a person one page per language, each with only that language’s articles and name', () => {
    const be = makeArticle({ id: 'be0001', slug: 'be', language: 'be', author: 'Зміцер Міцкевіч' });
    const pages = groupByAuthor([older, be]).filter(
      (group) => group.language === 'be' || group.slug === 'zmitser-mitskevich',
    );
    expect(pages.map(({ language, name, articles }) => [language, name, articles.map((a) => a.slug)])).toEqual([
      ['be', 'Зміцер Міцкевіч', ['be']],
      ['en', 'Zmitser Mitskevich', ['older']],
    ]);
  });

  it('returns no groups for no articles', () => {
    expect(groupByAuthor([])).toEqual([]);
  });
});

describe('groupByTopic', () => {
  it('puts topics that differ only in case or punctuation on one page, each article once', () => {
    const nato = groupByTopic([older, newer, newest]).find((group) => group.slug === 'nato');
    expect(nato?.articles.map((a) => a.slug)).toEqual(['newest', 'newer', 'older']);
  });

  it('lists every topic once, sorted by slug', () => {
    expect(groupByTopic([older, newer, newest]).map((group) => group.slug)).toEqual(['belarus', 'nato', 'poland']);
  });

  it('keeps the language of the article the name came from', () => {
    const be = makeArticle({ id: 'be0001', slug: 'be', language: 'be', topics: ['Мінск'] });
    expect(groupByTopic([be])).toEqual([expect.objectContaining({ slug: 'minsk', name: 'Мінск', language: 'be' })]);
  });
});
