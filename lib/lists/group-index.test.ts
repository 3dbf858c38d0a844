import { describe, expect, it } from 'vitest';
import { makeArticle } from '@/tests/helpers/make-article';
import { groupByTopic } from './archive';
import { toIndexEntries } from './group-index';

const be = (id: string, topics: readonly string[]) =>
  makeArticle({ id, slug: id, language: 'be', author: 'Зміцер Міцкевіч', topics });

describe('toIndexEntries', () => {
  const articles = [
    be('be0001', ['Ўкраіна', 'Улада']),
    be('be0002', ['Абарона', 'Ўкраіна']),
    be('be0003', ['Ўкраіна']),
    makeArticle({ id: 'en0001', slug: 'en0001', topics: ['Defence'] }),
  ];

  it('lists the edition’s topics alphabetically as its language sorts, with how many articles each has', () => {
    expect(toIndexEntries(groupByTopic(articles), 'be', 'be')).toEqual([
      { slug: 'abarona', name: 'Абарона', count: 1 },
      { slug: 'ulada', name: 'Улада', count: 1 },
      { slug: 'wkraina', name: 'Ўкраіна', count: 3 },
    ]);
  });

  it('leaves out the other editions’ topics', () => {
    expect(toIndexEntries(groupByTopic(articles), 'en', 'en-GB')).toEqual([
      { slug: 'defence', name: 'Defence', count: 1 },
    ]);
  });
});
