import { XMLValidator } from 'fast-xml-parser';
import { parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { site } from '@/lib/site-config';
import { makeArticle } from '@/tests/helpers/make-article';
import { toCorrectionsFeed } from './corrections-feed';
import { toRss } from './rss';

const ORIGIN = site.url;
const article = {
  ...makeArticle({ id: 'cor001', slug: 'corrected-story', headline: 'Drills & <exercises>', published: '2018-10-20' }),
  corrections: [
    { date: '2018-10-21', text: 'The drill began on <Monday> & not Sunday.' },
    { date: '2018-10-25', text: 'The minister’s name is Ravkov.' },
  ],
};
const feed = toCorrectionsFeed([article, makeArticle({ id: 'pln001', slug: 'plain' })], 'en');

describe('toCorrectionsFeed', () => {
  it('has an item per correction, newest first, each with a permanent id and the article’s corrections as its link', () => {
    expect(
      feed.items.map(({ id, url, title, published }) => ({ id, url, title, published: published.toISOString() })),
    ).toEqual([
      {
        id: `${ORIGIN}/a/cor001/#correction-2018-10-25`,
        url: `${ORIGIN}/news/corrected-story/#corrections`,
        title: 'Correction: Drills & <exercises>',
        published: '2018-10-25T00:00:00.000Z',
      },
      {
        id: `${ORIGIN}/a/cor001/#correction-2018-10-21`,
        url: `${ORIGIN}/news/corrected-story/#corrections`,
        title: 'Correction: Drills & <exercises>',
        published: '2018-10-21T00:00:00.000Z',
      },
    ]);
  });

  it('says what was corrected, escaped, with a link to the article, and is named as the corrections page', () => {
    expect(feed.items[1]?.contentHtml).toBe(
      `<p><strong>Correction, 21 October 2018:</strong> The drill began on &lt;Monday&gt; &amp; not Sunday.</p>\n<p><a href="${ORIGIN}/news/corrected-story/">Drills &amp; &lt;exercises&gt;</a></p>`,
    );
    expect(feed).toMatchObject({ title: `${site.name}: Corrections`, homeUrl: `${ORIGIN}/corrections/` });
    expect(feed.updated.toISOString()).toBe('2018-10-25T00:00:00.000Z');
  });

  it('is valid RSS that a feed reader parses back', () => {
    const xml = toRss(feed, `${ORIGIN}/corrections/feed.xml`);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parseRssFeed(xml).items?.map((item) => item.guid?.value)).toEqual(feed.items.map(({ id }) => id));
  });
});
