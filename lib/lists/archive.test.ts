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

  it('shows the newest spelling of a name when spellings tie', () => {
    const zmitser = groupByAuthor([older, newest]).find((group) => group.slug === 'zmitser-mitskevich');
    expect(zmitser?.name).toBe('ZMITSER MITSKEVICH');
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

  it('names a shared topic by the spelling most articles use', () => {
    const articles = [older, makeArticle({ id: 'x00001', slug: 'x', topics: ['NATO'] }), newest];
    expect(groupByTopic(articles).find((group) => group.slug === 'nato')?.name).toBe('NATO');
  });

  it('lists every topic once, sorted by slug', () => {
    expect(groupByTopic([older, newer, newest]).map((group) => group.slug)).toEqual(['belarus', 'nato', 'poland']);
  });

  it('keeps the language of the article the name came from', () => {
    const be = makeArticle({ id: 'be0001', slug: 'be', language: 'be', topics: ['Мінск'] });
    expect(groupByTopic([be])).toEqual([expect.objectContaining({ slug: 'minsk', name: 'Мінск', language: 'be' })]);
  });
});
