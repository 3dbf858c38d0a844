import { describe, expect, it } from 'vitest';
import { paginate } from './pagination';

describe('paginate', () => {
  it('keeps the order and puts every item on exactly one page', () => {
    const items = Array.from({ length: 7 }, (_, index) => index);
    const pages = paginate(items, 3);
    expect(pages.map((page) => page.items)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(pages.map((page) => [page.number, page.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('makes no empty last page when the list fills its pages exactly', () => {
    expect(paginate([1, 2, 3, 4], 2)).toHaveLength(2);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 20)).toEqual([{ items: [], number: 1, count: 1 }]);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses a page size of %s', (size) => {
    expect(() => paginate([1], size)).toThrow(/page size must be a whole number above 0/);
  });
});
