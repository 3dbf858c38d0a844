import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { readOut } from '../helpers/out';
import { foldSpace, seedSentences } from '../helpers/seed';
import { ARTICLE_PATH, siteUrl } from '../helpers/site';

/** What a reader sees of an HTML fragment: tags dropped, entities decoded, white space folded. */
function textOf(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return foldSpace(
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) =>
        entity.startsWith('#x') || entity.startsWith('#X')
          ? String.fromCodePoint(parseInt(entity.slice(2), 16))
          : entity.startsWith('#')
            ? String.fromCodePoint(Number(entity.slice(1)))
            : (entities[entity] ?? whole),
      ),
  ).replace(/ ([.,;:!?])/g, '$1');
}

/** Every href and src inside an HTML fragment. */
function linksIn(html: string): string[] {
  return [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((match) => match[1] ?? '');
}

function expectAbsolute(urls: readonly (string | undefined)[], origin: string) {
  for (const url of urls) {
    expect(url, 'a URL in the feed').toMatch(/^https?:\/\//);
    expect(new URL(url!).href).toBe(url);
  }
  expect(urls.filter((url) => url?.startsWith(origin))).not.toHaveLength(0);
}

const rss = parseRssFeed(readOut('feed.xml'));
const atom = parseAtomFeed(readOut('atom.xml'));
const json = parseJsonFeed(readOut('feed.json'));
const origin = new URL(rss.link ?? '').origin;
const permalink = new URL(ARTICLE_PATH, origin).href;

const feeds = [
  {
    name: 'RSS 2.0 at /feed.xml',
    item: () => rss.items?.find((item) => item.link === permalink),
    content: () => rss.items?.find((item) => item.link === permalink)?.content?.encoded ?? '',
    urls: () => rss.items?.flatMap((item) => [item.link, item.guid?.value]) ?? [],
  },
  {
    name: 'Atom 1.0 at /atom.xml',
    item: () => atom.entries?.find((entry) => entry.links?.some((link) => link.href === permalink)),
    content: () =>
      atom.entries?.find((entry) => entry.links?.some((link) => link.href === permalink))?.content?.value ?? '',
    urls: () =>
      atom.entries?.flatMap((entry) => [
        entry.id,
        ...(entry.links ?? []).map((l) => l.href),
        ...(entry.authors ?? []).map((a) => a.uri),
      ]) ?? [],
  },
  {
    name: 'JSON Feed 1.1 at /feed.json',
    item: () => json.items?.find((item) => item.url === permalink),
    content: () => json.items?.find((item) => item.url === permalink)?.content_html ?? '',
    urls: () => json.items?.flatMap((item) => [item.id, item.url, ...(item.authors ?? []).map((a) => a.url)]) ?? [],
  },
];

describe.each(feeds)('the $name feed', ({ item, content, urls }) => {
  it('parses with a real feed parser and has the seed article at its permalink', () => {
    expect(item()).toBeDefined();
  });

  it('carries the full text: every sentence of the seed article', () => {
    const text = textOf(content());
    expect(seedSentences().filter((sentence) => !text.includes(sentence))).toEqual([]);
  });

  it('uses only absolute URLs, in its items and inside the article text', () => {
    expectAbsolute([...urls(), ...linksIn(content())], origin);
  });
});

describe('the feeds agree', () => {
  it('on the permanent id of the seed article: its short link', () => {
    const rssId = rss.items?.[0]?.guid?.value;
    expect(rssId).toMatch(new RegExp(`^${origin}/a/[a-z0-9-]+/$`));
    expect(atom.entries?.[0]?.id).toBe(rssId);
    expect(json.items?.[0]?.id).toBe(rssId);
  });

  it('that the feed lives where every page says it does', () => {
    const home = readOut('index.html');
    const head = home.slice(0, home.indexOf('</head>'));
    expect(head).toContain(
      `<link rel="alternate" type="application/rss+xml" title="${rss.title} (RSS, English)" href="${origin}/feed.xml">`,
    );
    expect(head).toContain(
      `type="application/atom+xml" title="${rss.title} (Atom, English)" href="${origin}/atom.xml">`,
    );
    expect(head).toContain(
      `type="application/feed+json" title="${rss.title} (JSON Feed, English)" href="${origin}/feed.json">`,
    );
    // Each edition's pages name its own feeds.
    expect(readOut('be/index.html')).toContain(
      `<link rel="alternate" type="application/rss+xml" title="${rss.title} (RSS, Беларуская)" href="${origin}/be/feed.xml">`,
    );
    expect(rss.atom?.links?.[0]?.href).toBe(`${origin}/feed.xml`);
    expect(atom.links?.find((link) => link.rel === 'self')?.href).toBe(`${origin}/atom.xml`);
    expect(json.feed_url).toBe(`${origin}/feed.json`);
  });
});

describe('the feeds as the site serves them', () => {
  it.each([
    ['/feed.xml', 'application/rss+xml'],
    ['/atom.xml', 'application/atom+xml'],
    ['/feed.json', 'application/feed+json'],
    ['/be/feed.xml', 'application/rss+xml'],
    ['/ru/atom.xml', 'application/atom+xml'],
    ['/be/feed.json', 'application/feed+json'],
    ['/sitemap.xml', 'application/xml'],
  ])('serves %s as %s', async (pathname, type) => {
    const response = await fetch(siteUrl(pathname));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });
});
