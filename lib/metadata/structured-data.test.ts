import { describe, expect, it } from 'vitest';
import { makeArticle } from '@/tests/helpers/make-article';
import { articleMetadata, ogLocale } from './article-metadata';
import { newsArticleJsonLd, serializeJsonLd } from './structured-data';

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
    const data = newsArticleJsonLd(article);
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
    expect(newsArticleJsonLd(later).dateModified).toBe('2018-10-26T00:00:00.000Z');
  });
});
