import { XMLValidator } from 'fast-xml-parser';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { selectPublished } from '@/lib/content/publishing';
import { liveStory } from '@/tests/helpers/live-story';
import { describe, expect, it } from 'vitest';
import { site } from '@/lib/site-config';
import { makeArticle } from '@/tests/helpers/make-article';
import { toAtom } from './atom';
import { FEED_SIZE, toFeed } from './feed';
import { toJsonFeed } from './json-feed';
import { toRss } from './rss';

const HOSTILE = `</title>]]><script>alert("x")</script> & 'more'`;
const updated = makeArticle(
  {
    id: 'upd001',
    slug: 'updated-story',
    headline: HOSTILE,
    author: 'Hanna Liubakova',
    published: '2018-10-24',
    updated: '2018-10-26',
    topics: ['NATO', 'Belarus & Poland'],
    standfirst: 'A <standfirst> & more.',
  },
  'First *paragraph*.\n\nSecond ]]> paragraph.\n',
);
const plain = makeArticle({ id: 'pln001', slug: 'plain-story', published: '2018-10-20' });
const feed = toFeed([updated, plain], 'en');
const ORIGIN = site.url;

describe('toFeed', () => {
  it('gives each item a permanent id (the short link), the canonical URL and absolute author and topic URLs', () => {
    const item = feed.items[0]!;
    expect(item.id).toBe(`${ORIGIN}/a/upd001/`);
    expect(item.url).toBe(`${ORIGIN}/news/updated-story/`);
    expect(item.authors).toEqual([{ name: 'Hanna Liubakova', url: `${ORIGIN}/authors/hanna-liubakova/` }]);
    expect(item.categories).toEqual([
      { name: 'NATO', url: `${ORIGIN}/topics/nato/` },
      { name: 'Belarus & Poland', url: `${ORIGIN}/topics/belarus-poland/` },
    ]);
  });

  it('carries the standfirst, the whole body and the credit, escaping front matter text', () => {
    expect(feed.items[0]!.contentHtml).toBe(
      '<p>A &lt;standfirst&gt; &amp; more.</p>\n<p id="p1">First <em>paragraph</em>.</p>\n<p id="p2">Second ]]> paragraph.</p>\n' +
        '<p>Originally published by <a href="https://naviny.belsat.eu/en/news/x/">Belsat TV</a>.</p>',
    );
  });

  it('is updated when its newest item last changed, and an unchanged item has no update date', () => {
    expect(feed.updated.toISOString()).toBe('2018-10-26T00:00:00.000Z');
    expect(feed.items[1]!.updated).toBeUndefined();
  });

  it(`carries at most the ${FEED_SIZE} newest articles`, () => {
    const many = Array.from({ length: FEED_SIZE + 3 }, () => plain);
    expect(toFeed(many, 'en').items).toHaveLength(FEED_SIZE);
  });

  it('is valid and dated at the epoch when there is nothing published', () => {
    expect(toFeed([], 'en')).toMatchObject({ items: [], updated: new Date(0) });
  });
});

describe('toRss', () => {
  const xml = toRss(feed, `${ORIGIN}/feed.xml`);
  const parsed = parseRssFeed(xml);

  it('is well-formed XML that a feed reader reads back unchanged, hostile headline included', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const item = parsed.items?.[0];
    expect(item?.title).toBe(HOSTILE);
    expect(item?.link).toBe(`${ORIGIN}/news/updated-story/`);
    expect(item?.guid).toEqual({ value: `${ORIGIN}/a/upd001/`, isPermaLink: false });
    expect(item?.pubDate).toBe('Wed, 24 Oct 2018 00:00:00 GMT');
    expect(item?.dc?.creators).toEqual(['Hanna Liubakova']);
    expect(item?.categories?.map((c) => c.name)).toEqual(['NATO', 'Belarus & Poland']);
    expect(item?.description).toBe('A <standfirst> & more.');
    expect(item?.content?.encoded).toBe(feed.items[0]!.contentHtml);
  });

  it('names itself and the site', () => {
    expect(parsed.title).toBe('The Minsk Dispatch');
    expect(parsed.link).toBe(`${ORIGIN}/`);
    expect(parsed.atom?.links?.[0]).toEqual({ href: `${ORIGIN}/feed.xml`, rel: 'self', type: 'application/rss+xml' });
  });
});

describe('toAtom', () => {
  const xml = toAtom(feed, `${ORIGIN}/atom.xml`);
  const parsed = parseAtomFeed(xml);

  it('is well-formed Atom whose entries read back unchanged', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const entry = parsed.entries?.[0];
    expect(entry?.id).toBe(`${ORIGIN}/a/upd001/`);
    expect(entry?.title).toEqual({ value: HOSTILE });
    expect(entry?.links).toEqual([{ href: `${ORIGIN}/news/updated-story/`, rel: 'alternate', type: 'text/html' }]);
    expect(entry?.published).toBe('2018-10-24T00:00:00.000Z');
    expect(entry?.updated).toBe('2018-10-26T00:00:00.000Z');
    expect(entry?.authors).toEqual([{ name: 'Hanna Liubakova', uri: `${ORIGIN}/authors/hanna-liubakova/` }]);
    expect(entry?.categories?.map((c) => c.term)).toEqual(['NATO', 'Belarus & Poland']);
    expect(entry?.content).toEqual({ value: feed.items[0]!.contentHtml, type: 'html' });
  });

  it('dates an unchanged entry’s update at its publication, as Atom requires an updated date', () => {
    expect(parsed.entries?.[1]?.updated).toBe('2018-10-20T00:00:00.000Z');
    expect(parsed.updated).toBe('2018-10-26T00:00:00.000Z');
  });
});

describe('toJsonFeed', () => {
  const json = toJsonFeed(feed, `${ORIGIN}/feed.json`);
  const parsed = parseJsonFeed(json);

  it('is JSON Feed 1.1 whose items carry the full text, dates, author and tags', () => {
    expect(JSON.parse(json)).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      feed_url: `${ORIGIN}/feed.json`,
    });
    const item = parsed.items?.[0];
    expect(item).toMatchObject({
      id: `${ORIGIN}/a/upd001/`,
      url: `${ORIGIN}/news/updated-story/`,
      title: HOSTILE,
      content_html: feed.items[0]!.contentHtml,
      date_published: '2018-10-24T00:00:00.000Z',
      date_modified: '2018-10-26T00:00:00.000Z',
      authors: [{ name: 'Hanna Liubakova', url: `${ORIGIN}/authors/hanna-liubakova/` }],
      tags: ['NATO', 'Belarus & Poland'],
    });
    expect(parsed.items?.[1]).not.toHaveProperty('date_modified');
  });
});

describe('links inside the article text', () => {
  it('are made absolute, as a feed reader shows them away from the site', () => {
    const linked = makeArticle(
      { id: 'lnk001', slug: 'linked' },
      'See [the other story](/news/other/?a=1&b=2) and [Belsat](https://belsat.eu/x).\n',
    );
    const html = toFeed([linked], 'en').items[0]!.contentHtml;
    expect(html).toContain(`<a href="${ORIGIN}/news/other/?a=1&amp;b=2">the other story</a>`);
    expect(html).toContain('<a href="https://belsat.eu/x">Belsat</a>');
  });
});

describe('Markdown additions in a feed', () => {
  const html = toFeed(
    [
      makeArticle(
        { id: 'mdx001', slug: 'constructs' },
        ':::pullquote[Ales Bialiatski]\nWe will not stop.\n:::\n\n:::factbox[What we know]\n- Two were detained.\n:::\n\n[The meeting](https://www.youtube.com/watch?v=dQw4w9WgXcQ)\n',
      ),
    ],
    'en',
  ).items[0]!.contentHtml;

  it('carries pull quotes and fact boxes as plain semantic HTML', () => {
    expect(html).toContain(
      '<blockquote>\n<p>We will not stop.</p>\n</blockquote><figcaption>Ales Bialiatski</figcaption>',
    );
    expect(html).toContain('<aside class="factbox" aria-label="What we know"><h2>What we know</h2>');
  });

  it('carries an embed as a plain link to the original, with nothing for a reader to load', () => {
    expect(html).toContain(
      '<p>YouTube video: <a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">The meeting</a></p>',
    );
    expect(html).not.toContain('youtube-nocookie');
  });
});

describe('a live story in an edition’s feed', () => {
  const [story] = selectPublished([liveStory(undefined)], {
    now: new Date('2026-12-05T12:00:00Z'),
    includeDrafts: false,
  }).published;
  const [item] = toFeed(story ? [story] : [], 'en', 'Europe/Minsk').items;

  it('carries its newest updates, each headed by its time in the newsroom’s zone and linking to it', () => {
    expect(item?.contentHtml).toContain(
      '<h3><a href="http://localhost:3000/news/election-night/#update-20261204T2210Z">5 December at 01:10: Results</a></h3>\n<p>The first results.</p>',
    );
    expect(item?.contentHtml.match(/<h3>/g)).toHaveLength(5);
  });

  it('is dated by its latest update', () => {
    expect(item?.updated?.toISOString()).toBe('2026-12-04T22:10:00.000Z');
  });
});

describe('a lead photo an image service makes on request', () => {
  const item = {
    ...feed.items[1]!,
    image: {
      url: 'https://images.example.org/sig=/1080x720/filters:format(jpeg)/x.jpg',
      type: 'image/jpeg',
      bytes: 0,
      alt: 'A photo',
    },
  } as const;
  const withPhoto = { ...feed, items: [item] };

  it('is an RSS enclosure of length 0, as RSS asks for a size that cannot be known', () => {
    expect(toRss(withPhoto, `${ORIGIN}/feed.xml`)).toContain(
      '<enclosure url="https://images.example.org/sig=/1080x720/filters:format(jpeg)/x.jpg" length="0" type="image/jpeg"/>',
    );
  });

  it('is an Atom enclosure link without the advisory length', () => {
    expect(toAtom(withPhoto, `${ORIGIN}/atom.xml`)).toContain(
      '<link rel="enclosure" type="image/jpeg" href="https://images.example.org/sig=/1080x720/filters:format(jpeg)/x.jpg"/>',
    );
  });
});
