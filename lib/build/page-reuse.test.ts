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
  const olderFiles = articleOutputs(related);
  // Newest first, as the build lists them.
  const lists = { '/topics/nato/': { key: 'l1', files: ['topics/nato/index.html'] } };
  const current = {
    siteKey: 'site-1',
    lists,
    articles: {
      newest: { key: 'k0', files: ['news/newest/index.html'] },
      subject: { key, files },
      related: { key: 'k2', files: olderFiles },
    },
  };
  const previous: PageCacheManifest = {
    version: PAGE_CACHE_VERSION,
    siteKey: 'site-1',
    articles: { subject: { key, files, facts: {} }, related: { key: 'k2', files: olderFiles, facts: {} } },
    lists: { '/topics/nato/': { key: 'l1', files: ['topics/nato/index.html'], facts: {} } },
  };
  const everything = () => true;

  it('reuses the articles whose key, files and site are what the cache holds, and renders a new one', () => {
    expect(planReuse(current, previous, everything).reused).toEqual(['subject', 'related']);
  });

  it('renders everything when there is no cache, the site changed or the cache is of another version', () => {
    expect(planReuse(current, undefined, everything).reused).toEqual([]);
    expect(planReuse(current, { ...previous, siteKey: 'site-0' }, everything).reused).toEqual([]);
    expect(planReuse(current, { ...previous, version: PAGE_CACHE_VERSION - 1 }, everything).reused).toEqual([]);
  });

  it('renders an article whose key changed, whose files differ, or whose files are gone', () => {
    const changed = { ...current, articles: { ...current.articles, subject: { key: 'other', files } } };
    expect(planReuse(changed, previous, everything).reused).toEqual(['related']);
    const renamed = { ...current, articles: { ...current.articles, subject: { key, files: files.slice(1) } } };
    expect(planReuse(renamed, previous, everything).reused).toEqual(['related']);
    expect(planReuse(current, previous, (file) => file !== files[0]).reused).toEqual(['related']);
  });

  it('reuses a list page whose key is unchanged and renders one whose articles or place changed', () => {
    expect(planReuse(current, previous, everything).reusedLists).toEqual(['/topics/nato/']);
    const changed = { ...current, lists: { '/topics/nato/': { key: 'l2', files: ['topics/nato/index.html'] } } };
    expect(planReuse(changed, previous, everything).reusedLists).toEqual([]);
    expect(planReuse(current, { ...previous, siteKey: 'site-0' }, everything).reusedLists).toEqual([]);
  });

  it('always renders the newest article, so Next has a page to render on every route', () => {
    const unchanged = { subject: current.articles.subject, related: current.articles.related };
    expect(planReuse({ ...current, articles: unchanged }, previous, everything).reused).toEqual(['related']);
  });
});
