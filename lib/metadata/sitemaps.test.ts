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

describe('toSitemap', () => {
  it('lists the pages that have a sitemap entry, in order, as absolute URLs with their date and versions', () => {
    const versions = [
      { language: 'en', url: `${ORIGIN}/news/story-en/` },
      { language: 'ru', url: `${ORIGIN}/news/story-ru/` },
    ];
    expect(
      toSitemap([
        { path: '/news/story-en/', sitemap: { lastModified: '2018-11-01', alternates: versions } },
        { path: '/a/tr0001/' },
        { path: '/topics/', sitemap: { alternates: [] } },
      ]),
    ).toEqual([
      {
        url: `${ORIGIN}/news/story-en/`,
        lastModified: '2018-11-01',
        alternates: {
          languages: {
            en: `${ORIGIN}/news/story-en/`,
            ru: `${ORIGIN}/news/story-ru/`,
            'x-default': `${ORIGIN}/news/story-en/`,
          },
        },
      },
      { url: `${ORIGIN}/topics/` },
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
