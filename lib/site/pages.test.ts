// The page table's sitemap entries: which pages search engines are given, dated and linked to their
// language versions. The table is built from articles given here (setPublishedArticles), as the check step does.
import type { MetadataRoute } from 'next';
import { describe, expect, it } from 'vitest';
import { site } from '@/lib/site-config';
import { makeArticle } from '@/tests/helpers/make-article';
import type { Article } from '../content/article';
import { setPublishedArticles } from '../articles';
import { toSitemap } from '../metadata/sitemaps';
import { buildPageTable } from './pages';

const ORIGIN = site.url;
const old = makeArticle({
  id: 'old001',
  slug: 'old-story',
  published: '2018-10-24',
  updated: '2018-11-01',
  topics: ['NATO'],
});
// Written in the newsroom's time zone, as the build reads every article (lib/content/dates.ts).
const fresh = makeArticle(
  {
    id: 'new001',
    slug: 'fresh-story',
    headline: 'Minsk & Vilnius: “</news:title>”',
    published: '2026-11-24T09:00+03:00',
    author: 'Hanna Liubakova',
    topics: ['nato', 'Lithuania'],
    language: 'be',
  },
  undefined,
  'Europe/Minsk',
);

/** The sitemap of a build publishing `articles`. */
function sitemapOf(articles: readonly Article[]): MetadataRoute.Sitemap {
  setPublishedArticles(articles);
  return toSitemap(buildPageTable());
}

// The browsing pages (indexes, date archive) have a test of their own below.
const BROWSING = /^https?:\/\/[^/]+(\/be)?\/(topics\/|authors\/|archive\/(\d{4}\/\d{2}\/)?)$/;
// The newsroom's own pages (content/pages/) and the corrections have tests of their own (about-rows, corrections-rows).
const NEWSROOM = /^https?:\/\/[^/]+(\/be)?\/(about|corrections)\//;
const listsAndArticles = (entries: MetadataRoute.Sitemap) =>
  entries.filter((entry) => !BROWSING.test(entry.url) && !NEWSROOM.test(entry.url));

describe('the page table’s sitemap', () => {
  const editions = { en: `${ORIGIN}/`, be: `${ORIGIN}/be/`, 'x-default': `${ORIGIN}/` };

  it('lists each edition’s front page, every article, author and topic page as absolute URLs, each dated by its last change', () => {
    expect(listsAndArticles(sitemapOf([fresh, old]))).toEqual([
      { url: `${ORIGIN}/`, lastModified: '2018-11-01', alternates: { languages: editions } },
      { url: `${ORIGIN}/be/`, lastModified: '2026-11-24T09:00+03:00', alternates: { languages: editions } },
      { url: `${ORIGIN}/news/fresh-story/`, lastModified: '2026-11-24T09:00+03:00' },
      { url: `${ORIGIN}/news/old-story/`, lastModified: '2018-11-01' },
      { url: `${ORIGIN}/be/authors/hanna-liubakova/`, lastModified: '2026-11-24T09:00+03:00' },
      { url: `${ORIGIN}/authors/zmitser-mitskevich/`, lastModified: '2018-11-01' },
      { url: `${ORIGIN}/be/topics/lithuania/`, lastModified: '2026-11-24T09:00+03:00' },
      {
        url: `${ORIGIN}/be/topics/nato/`,
        lastModified: '2026-11-24T09:00+03:00',
        alternates: {
          languages: {
            be: `${ORIGIN}/be/topics/nato/`,
            en: `${ORIGIN}/topics/nato/`,
            'x-default': `${ORIGIN}/topics/nato/`,
          },
        },
      },
      {
        url: `${ORIGIN}/topics/nato/`,
        lastModified: '2018-11-01',
        alternates: {
          languages: {
            be: `${ORIGIN}/be/topics/nato/`,
            en: `${ORIGIN}/topics/nato/`,
            'x-default': `${ORIGIN}/topics/nato/`,
          },
        },
      },
    ]);
  });

  it('links the language versions of one story to each other', () => {
    const en = makeArticle({ id: 'tr0001', slug: 'story-en', translationKey: 'story' });
    const ru = makeArticle({ id: 'tr0002', slug: 'story-ru', language: 'ru', translationKey: 'story' });
    const versions = {
      en: `${ORIGIN}/news/story-en/`,
      ru: `${ORIGIN}/news/story-ru/`,
      'x-default': `${ORIGIN}/news/story-en/`,
    };
    const entries = sitemapOf([en, ru]).filter((entry) => entry.url.includes('/news/'));
    expect(entries.map((entry) => entry.alternates?.languages)).toEqual([versions, versions]);
  });

  it('lists each edition’s topic and author indexes, archive and month pages, dated, with their versions', () => {
    const browsing = sitemapOf([fresh, old]).filter((entry) => BROWSING.test(entry.url));
    const indexes = (path: string) => ({
      be: `${ORIGIN}/be${path}`,
      en: `${ORIGIN}${path}`,
      'x-default': `${ORIGIN}${path}`,
    });
    expect(browsing).toEqual([
      {
        url: `${ORIGIN}/be/topics/`,
        lastModified: '2026-11-24T09:00+03:00',
        alternates: { languages: indexes('/topics/') },
      },
      {
        url: `${ORIGIN}/be/authors/`,
        lastModified: '2026-11-24T09:00+03:00',
        alternates: { languages: indexes('/authors/') },
      },
      {
        url: `${ORIGIN}/be/archive/`,
        lastModified: '2026-11-24T09:00+03:00',
        alternates: { languages: indexes('/archive/') },
      },
      { url: `${ORIGIN}/topics/`, lastModified: '2018-11-01', alternates: { languages: indexes('/topics/') } },
      { url: `${ORIGIN}/authors/`, lastModified: '2018-11-01', alternates: { languages: indexes('/authors/') } },
      { url: `${ORIGIN}/archive/`, lastModified: '2018-11-01', alternates: { languages: indexes('/archive/') } },
      { url: `${ORIGIN}/be/archive/2026/11/`, lastModified: '2026-11-24T09:00+03:00' },
      { url: `${ORIGIN}/archive/2018/10/`, lastModified: '2018-11-01' },
    ]);
  });

  it('lists only the home page, the indexes, the archive, the corrections and the newsroom’s pages, undated, for an empty site', () => {
    expect(sitemapOf([]).filter((entry) => !NEWSROOM.test(entry.url))).toEqual([
      { url: `${ORIGIN}/` },
      { url: `${ORIGIN}/topics/` },
      { url: `${ORIGIN}/authors/` },
      { url: `${ORIGIN}/archive/` },
    ]);
  });
});
