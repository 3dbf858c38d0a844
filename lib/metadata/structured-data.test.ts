import { describe, expect, it } from 'vitest';
import { makeArticle } from '@/tests/helpers/make-article';
import { articleMetadata, ogLocale } from './article-metadata';
import { site } from '@/lib/site-config';
import { newsArticleJsonLd, type Publisher, serializeJsonLd } from './structured-data';

const ORIGIN = site.url;
const publisher: Publisher = {
  name: site.name,
  url: `${ORIGIN}/`,
  policies: {
    correctionsPolicy: `${ORIGIN}/about/corrections-policy/`,
    masthead: `${ORIGIN}/about/`,
  },
};

describe('serializeJsonLd', () => {
  it('keeps a headline that tries to close the script element as data', () => {
    const headline = '</script><script>alert(1)</script> & "quotes" \u2028';
    const json = serializeJsonLd({ headline });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ headline });
  });
});

describe('ogLocale', () => {
  it.each([
    ['en', 'en_GB'],
    ['be', 'be_BY'],
    ['ru', 'ru_RU'],
  ])('%s → %s', (language, locale) => {
    expect(ogLocale(language)).toBe(locale);
  });
});

describe('dateModified', () => {
  // An update written as a day, on the day of a publication written as a moment later that day.
  const article = makeArticle({ published: '2018-10-24T15:00+03:00', updated: '2018-10-24' });

  it('is never earlier than datePublished in JSON-LD', () => {
    const data = newsArticleJsonLd(article, publisher);
    expect(data.datePublished).toBe('2018-10-24T12:00:00.000Z');
    expect(data.dateModified).toBe('2018-10-24T12:00:00.000Z');
  });

  it('is never earlier than the publication time in Open Graph', () => {
    const { openGraph } = articleMetadata(article, []) as { openGraph: Record<string, unknown> };
    expect(openGraph.publishedTime).toBe('2018-10-24T12:00:00.000Z');
    expect(openGraph.modifiedTime).toBe('2018-10-24T12:00:00.000Z');
  });

  it('is the update’s day when that is after publication', () => {
    const later = makeArticle({ published: '2018-10-24T15:00+03:00', updated: '2018-10-26' });
    expect(newsArticleJsonLd(later, publisher).dateModified).toBe('2018-10-26T00:00:00.000Z');
  });
});

describe('the publisher in JSON-LD', () => {
  const data = newsArticleJsonLd(makeArticle({ author: 'Zmitser Mitskevich' }), publisher);

  it('is a NewsMediaOrganization with its name, logo, address and the pages stating its policies', () => {
    expect(data.publisher).toEqual({
      '@type': 'NewsMediaOrganization',
      name: site.name,
      url: `${ORIGIN}/`,
      logo: { '@type': 'ImageObject', url: `${ORIGIN}/logo.png`, width: 512, height: 512 },
      correctionsPolicy: `${ORIGIN}/about/corrections-policy/`,
      masthead: `${ORIGIN}/about/`,
    });
  });

  it('says the article is free to read, and links each author to their profile page', () => {
    expect(data.isAccessibleForFree).toBe(true);
    expect(data.author).toEqual([
      { '@type': 'Person', name: 'Zmitser Mitskevich', url: `${ORIGIN}/authors/zmitser-mitskevich/` },
    ]);
  });
});

describe('the fediverse:creator meta tag', () => {
  it('names each author’s fediverse account, for Mastodon’s link previews, and is left out without one', () => {
    const article = makeArticle({});
    expect(articleMetadata(article, [], ['@zmitser@mastodon.example.org']).other).toEqual({
      'fediverse:creator': ['@zmitser@mastodon.example.org'],
    });
    expect(articleMetadata(article, []).other).toBeUndefined();
  });
});
