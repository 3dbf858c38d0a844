import { describe, expect, it } from 'vitest';
import { makeArticle } from '@/tests/helpers/make-article';
import { browsePages } from './browse-paths';

const en = makeArticle({ id: 'en0001', slug: 'en-october', published: '2018-10-24' });
const enNovember = makeArticle({ id: 'en0002', slug: 'en-november', published: '2018-11-02' });
const be = makeArticle({ id: 'be0001', slug: 'be-october', published: '2018-10-24', language: 'be' });
const pages = browsePages([en, be, enNovember]);
const at = (path: string) => pages.find((page) => page.path === path);

describe('browsePages', () => {
  it('gives each edition its indexes, its archive and a page for each month it has articles in', () => {
    expect(pages.map(({ path }) => path).sort()).toEqual([
      '/archive/',
      '/archive/2018/10/',
      '/archive/2018/11/',
      '/authors/',
      '/be/archive/',
      '/be/archive/2018/10/',
      '/be/authors/',
      '/be/topics/',
      '/topics/',
    ]);
  });

  it('names as versions of a month only the editions with articles that month', () => {
    expect(at('/archive/2018/10/')?.versions.map(({ language }) => language)).toEqual(['be', 'en']);
    expect(at('/archive/2018/11/')?.versions.map(({ language }) => language)).toEqual(['en']);
    expect(at('/be/topics/')?.versions.map(({ url }) => new URL(url).pathname)).toEqual(['/be/topics/', '/topics/']);
  });

  it('says which articles each page lists', () => {
    expect(
      at('/archive/')
        ?.articles.map(({ slug }) => slug)
        .sort(),
    ).toEqual(['en-november', 'en-october']);
    expect(at('/be/archive/2018/10/')?.articles.map(({ slug }) => slug)).toEqual(['be-october']);
  });
});
