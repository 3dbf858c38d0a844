import type { MetadataRoute } from 'next';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { site } from '@/lib/site-config';
import { makeArticle } from '@/tests/helpers/make-article';
import { toNewsSitemap, toSitemap } from './sitemaps';

const ORIGIN = site.url;
const old = makeArticle({
  id: 'old001',
  slug: 'old-story',
  published: '2018-10-24',
  updated: '2018-11-01',
  topics: ['NATO'],
});
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
const NOW = new Date('2026-11-25T12:00:00Z');

// The browsing pages (indexes, date archive) have a test of their own below.
const BROWSING = /^https?:\/\/[^/]+(\/be)?\/(topics\/|authors\/|archive\/(\d{4}\/\d{2}\/)?)$/;
const listsAndArticles = (entries: MetadataRoute.Sitemap) => entries.filter((entry) => !BROWSING.test(entry.url));

describe('toSitemap', () => {
  const editions = { en: `${ORIGIN}/`, be: `${ORIGIN}/be/`, 'x-default': `${ORIGIN}/` };

  it('lists each edition’s front page, every article, author and topic page as absolute URLs, each dated by its last change', () => {
    expect(listsAndArticles(toSitemap([fresh, old], 20))).toEqual([
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
    const entries = toSitemap([en, ru], 20).filter((entry) => entry.url.includes('/news/'));
    expect(entries.map((entry) => entry.alternates?.languages)).toEqual([versions, versions]);
  });

  it('lists each edition’s topic and author indexes, archive and month pages, dated, with their versions', () => {
    const browsing = toSitemap([fresh, old], 20).filter((entry) => BROWSING.test(entry.url));
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

  it('lists only the home page, undated, for an empty site', () => {
    expect(toSitemap([], 20)).toEqual([{ url: `${ORIGIN}/` }]);
  });

  it('lists every page of a list that spans pages, none of them twice, page/1/ not at all', () => {
    const urls = listsAndArticles(
      toSitemap([fresh, old, makeArticle({ id: 'old002', slug: 'older-story', topics: ['NATO'] })], 1),
    ).map((entry) => entry.url.slice(ORIGIN.length));
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
});

describe('toNewsSitemap', () => {
  type Parsed = { urlset: { url?: { loc: string; 'news:news': Record<string, unknown> } } };
  const parse = (xml: string) => new XMLParser({ processEntities: true, htmlEntities: false }).parse(xml) as Parsed;

  it('lists the articles of the last two days with publication, language, date and title', () => {
    const xml = toNewsSitemap([fresh, old], NOW, 'The Minsk Dispatch');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parse(xml).urlset.url).toEqual({
      loc: `${ORIGIN}/news/fresh-story/`,
      'news:news': {
        'news:publication': { 'news:name': 'The Minsk Dispatch', 'news:language': 'be' },
        'news:publication_date': '2026-11-24T09:00+03:00',
        'news:title': 'Minsk & Vilnius: “</news:title>”',
      },
    });
  });

  it.each([
    ['more than two days after publication', new Date('2026-11-26T06:00:01Z')],
    ['before publication', new Date('2026-11-24T05:59:59Z')],
  ])('leaves an article out %s', (_, now) => {
    expect(parse(toNewsSitemap([fresh], now, 'X')).urlset.url).toBeUndefined();
  });

  it('is an empty but valid urlset with the news namespace when nothing is recent', () => {
    const xml = toNewsSitemap([old], NOW, 'The Minsk Dispatch');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain(
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n</urlset>',
    );
  });
});
