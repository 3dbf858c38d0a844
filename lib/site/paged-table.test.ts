// The page table of a site whose lists hold one article a page, so every list spans pages.
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.LIST_PAGE_SIZE = '1';
});

import { site } from '@/lib/site-config';
import { makeArticle } from '@/tests/helpers/make-article';
import { setPublishedArticles } from '../articles';
import { toSitemap } from '../metadata/sitemaps';
import { buildPageTable } from './pages';

const ORIGIN = site.url;
const BROWSING = /^https?:\/\/[^/]+(\/be)?\/(topics\/|authors\/|archive\/(\d{4}\/\d{2}\/)?)$/;
// The newsroom's own pages (content/pages/) and the corrections have tests of their own (about-rows, corrections-rows).
const NEWSROOM = /^https?:\/\/[^/]+(\/be)?\/(about|corrections)\//;
const articles = [
  makeArticle({
    id: 'new001',
    slug: 'fresh-story',
    published: '2026-11-24T09:00+03:00',
    author: 'Hanna Liubakova',
    topics: ['nato', 'Lithuania'],
    language: 'be',
  }),
  makeArticle({ id: 'old001', slug: 'old-story', published: '2018-10-24', updated: '2018-11-01', topics: ['NATO'] }),
  makeArticle({ id: 'old002', slug: 'older-story', topics: ['NATO'] }),
];
setPublishedArticles(articles);
const table = buildPageTable();

describe('a page table whose lists span pages', () => {
  it('gives the sitemap every page of a list, none of them twice, page/1/ not at all', () => {
    const urls = toSitemap(table)
      .filter((entry) => !BROWSING.test(entry.url) && !NEWSROOM.test(entry.url))
      .map((entry) => entry.url.slice(ORIGIN.length));
    expect(urls).toEqual([
      '/',
      '/page/2/',
      '/be/',
      '/news/fresh-story/',
      '/news/old-story/',
      '/news/older-story/',
      '/be/authors/hanna-liubakova/',
      '/authors/zmitser-mitskevich/',
      '/authors/zmitser-mitskevich/page/2/',
      '/be/topics/lithuania/',
      '/be/topics/nato/',
      '/topics/nato/',
      '/topics/nato/page/2/',
    ]);
  });

  it('has each path once', () => {
    const paths = table.map(({ path }) => path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('makes each list’s page/1/, old slug, short link and /en/ page one that sends the reader on', () => {
    const to = (path: string) => {
      const row = table.find((candidate) => candidate.path === path);
      return row?.view.kind === 'redirect' ? row.view.to : row?.view.kind;
    };
    expect(to('/page/1/')).toBe('/');
    expect(to('/be/page/1/')).toBe('/be/');
    expect(to('/topics/nato/page/1/')).toBe('/topics/nato/');
    expect(to('/a/old001/')).toBe('/news/old-story/');
    expect(to('/en/')).toBe('/');
    expect(to('/en/topics/nato/')).toBe('/topics/nato/');
    expect(to('/en/archive/2018/10/')).toBe('/archive/2018/10/');
    expect(to('/en/page/2/')).toBeUndefined();
  });

  it('gives each article page its related stories as their cards show them', () => {
    const row = table.find(({ path }) => path === '/news/old-story/');
    expect(row?.view.kind === 'article' && row.view.related.map(({ slug }) => slug)).toEqual(['older-story']);
  });
});
