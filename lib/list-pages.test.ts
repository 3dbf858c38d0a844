import { describe, expect, it } from 'vitest';
import { firstPageRedirectMetadata, listMetadata, pageAt } from './list-pages';
import { paginate } from './pagination';

const list = { title: 'Articles by A', description: 'Every article by A.', firstPage: '/authors/a/' };

describe('pageAt', () => {
  const pages = paginate(['x', 'y', 'z'], 2);
  it('finds a page by the number in its URL', () => {
    expect(pageAt(pages, '2')?.items).toEqual(['z']);
  });
  it.each(['0', '3', '02', '2.0', ' 2', ''])('finds no page at "%s"', (segment) => {
    expect(pageAt(pages, segment)).toBeUndefined();
  });
});

describe('listMetadata', () => {
  it('names the first page as the list and makes it its own canonical URL', () => {
    expect(listMetadata(list, 1)).toEqual({
      title: 'Articles by A',
      description: 'Every article by A.',
      alternates: { canonical: '/authors/a/' },
    });
  });
  it('gives a later page its number in title and description, and itself as canonical URL', () => {
    expect(listMetadata(list, 3)).toEqual({
      title: 'Articles by A, page 3',
      description: 'Every article by A. Page 3.',
      alternates: { canonical: '/authors/a/page/3/' },
    });
  });
});

describe('firstPageRedirectMetadata', () => {
  it('keeps page/1/ out of search results and points it at the list', () => {
    expect(firstPageRedirectMetadata(list)).toEqual({
      title: 'Articles by A',
      robots: { index: false, follow: true },
      alternates: { canonical: '/authors/a/' },
    });
  });
});
