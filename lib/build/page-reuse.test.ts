import { describe, expect, it } from 'vitest';
import { makeArticle } from '@/tests/helpers/make-article';
import { shareImageFile } from '../metadata/share-image';
import { PAGE_CACHE_VERSION, type PageCacheManifest, articleOutputs, articlePageKey, planReuse } from './page-reuse';

const article = makeArticle({ id: 'sub001', slug: 'subject', headline: 'Drills near the border' });
const related = makeArticle({ id: 'rel001', slug: 'related', headline: 'Ministers meet' });
const versions = [{ language: 'en', slug: 'subject', headline: 'Drills near the border' }];
const key = articlePageKey(article, versions, [related]);

describe('articlePageKey', () => {
  it('is the same for the same pages, whatever object holds them', () => {
    expect(articlePageKey(structuredClone(article), structuredClone(versions), [structuredClone(related)])).toBe(key);
  });

  it('changes with the article, its versions and what its related stories show', () => {
    expect(
      articlePageKey(makeArticle({ id: 'sub001', slug: 'subject', headline: 'Drills, corrected' }), versions, [
        related,
      ]),
    ).not.toBe(key);
    expect(
      articlePageKey(article, [...versions, { language: 'ru', slug: 'ucheniya', headline: 'Учения' }], [related]),
    ).not.toBe(key);
    expect(articlePageKey(article, versions, [{ ...related, headline: 'Ministers meet again' }])).not.toBe(key);
    expect(articlePageKey(article, versions, [])).not.toBe(key);
  });

  it('ignores what a related story’s card does not show (its body)', () => {
    expect(
      articlePageKey(article, versions, [
        makeArticle({ id: 'rel001', slug: 'related', headline: 'Ministers meet' }, 'Another body.\n'),
      ]),
    ).toBe(key);
  });
});

describe('articleOutputs', () => {
  it('lists the permalink, each earlier slug, the short link and, without a photo, the share card', () => {
    const moved = makeArticle({ id: 'mov001', slug: 'new-name', aliases: ['old-name'] });
    expect(articleOutputs(moved)).toEqual([
      'news/new-name/index.html',
      'news/old-name/index.html',
      'a/mov001/index.html',
      `og/${shareImageFile(moved)}`,
    ]);
  });
});

describe('planReuse', () => {
  const files = articleOutputs(article);
  const current = { siteKey: 'site-1', articles: { subject: { key, files } } };
  const previous: PageCacheManifest = {
    version: PAGE_CACHE_VERSION,
    siteKey: 'site-1',
    articles: { subject: { key, files, facts: {} } },
  };
  const everything = () => true;

  it('reuses an article whose key, files and site are what the cache holds', () => {
    expect(planReuse(current, previous, everything).reused).toEqual(['subject']);
  });

  it('renders everything when there is no cache, the site changed or the cache is of another version', () => {
    expect(planReuse(current, undefined, everything).reused).toEqual([]);
    expect(planReuse(current, { ...previous, siteKey: 'site-0' }, everything).reused).toEqual([]);
    expect(planReuse(current, { ...previous, version: PAGE_CACHE_VERSION - 1 }, everything).reused).toEqual([]);
  });

  it('renders an article whose key changed, whose files differ, or whose files are gone', () => {
    const changed = { ...current, articles: { subject: { key: 'other', files } } };
    expect(planReuse(changed, previous, everything).reused).toEqual([]);
    const renamed = { ...current, articles: { subject: { key, files: files.slice(1) } } };
    expect(planReuse(renamed, previous, everything).reused).toEqual([]);
    expect(planReuse(current, previous, (file) => !file.startsWith('a/')).reused).toEqual([]);
  });

  it('renders a new article and drops a removed one', () => {
    const added = {
      ...current,
      articles: { ...current.articles, fresh: { key: 'k', files: ['news/fresh/index.html'] } },
    };
    expect(planReuse(added, previous, everything).reused).toEqual(['subject']);
    expect(planReuse({ ...current, articles: {} }, previous, everything).reused).toEqual([]);
  });
});
