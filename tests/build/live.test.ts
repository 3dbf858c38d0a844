// Live stories in the built fixture site: the long one (tests/fixtures/site/live-long-story.md, 200
// updates, written by scripts/bench/live-story.mjs) in pages of LIVE_PAGE_SIZE (20), its files, its
// structured data, its feed and its budget; and the live script only where it belongs.
import { createHash } from 'node:crypto';
import { parseRssFeed } from 'feedsmith';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { hostHeadersFor, parseHeadersFile } from '../../scripts/build-steps/host-headers.mjs';
import { gzipBytes, outFiles, readOut } from '../helpers/out';
import { builtOrigin } from '../helpers/site';

const STORY = 'news/election-week-live/';
const origin = builtOrigin();
const permalink = `${origin}/${STORY}`;
const pageFile = (number: number) => `${STORY}${number === 1 ? '' : `page/${number}/`}index.html`;
const pages = Array.from({ length: 10 }, (_, index) => readOut(pageFile(index + 1)));

/** The ids of the updates a page shows, in order, and the links of its earlier-updates index. */
function updatesOf(html: string) {
  const shown: string[] = [];
  const indexed: { id: string; href: string }[] = [];
  visit(fromHtml(html), 'element', (node) => {
    const classes = String(node.properties.className ?? '');
    if (node.tagName === 'article' && /\bupdate\b/.test(classes)) shown.push(String(node.properties.id));
    if (node.tagName === 'li' && typeof node.properties.id === 'string') {
      const link = node.children.find((child) => child.type === 'element' && child.tagName === 'a');
      if (link?.type === 'element') indexed.push({ id: node.properties.id, href: String(link.properties.href) });
    }
  });
  return { shown, indexed };
}

function jsonLd(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  return JSON.parse(match?.[1] ?? '{}') as Record<string, unknown>;
}

const scriptsOf = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');

describe('a live story of 200 updates', () => {
  it('is ten pages: the pinned post and the newest 20 on its permalink, 20 on each later page, every update once', () => {
    const all = pages.map((html) => updatesOf(html).shown);
    expect(all.map((ids) => ids.length)).toEqual([21, 20, 20, 20, 20, 20, 20, 20, 20, 19]);
    expect(new Set(all.flat()).size).toBe(200);
    expect(all[0]?.[0]).toBe('update-20171129T0500Z'); // the pinned post, the first update
    expect(all[0]?.[1]).toBe('update-20171129T2135Z'); // then the newest
  });

  it('lists on its permalink every update of the later pages under the update’s own id, linking to its page', () => {
    const { indexed } = updatesOf(pages[0] ?? '');
    expect(indexed).toHaveLength(179);
    for (const { id, href } of indexed) {
      const number = Number(/\/page\/(\d+)\/#/.exec(href)?.[1]);
      expect(href).toBe(`/${STORY}page/${number}/#${id}`);
      expect(updatesOf(pages[number - 1] ?? '').shown).toContain(id);
    }
  });

  it('fits its first page, HTML with its CSS and both scripts, in 30 KB gzip', () => {
    expect(gzipBytes(pages[0] ?? '')).toBeLessThanOrEqual(30 * 1024);
  });

  it('carries its own script, at most 1.5 KB gzip, after the enhancement script', () => {
    const scripts = scriptsOf(pages[0] ?? '');
    expect(scripts).toHaveLength(2);
    expect(scripts[1]).toContain('data-live-new');
    expect(gzipBytes(scripts[1] ?? '')).toBeLessThanOrEqual(1.5 * 1024);
  });

  it('writes the updates file its first page checks: running, and the first page’s updates newest first', () => {
    const file = JSON.parse(readOut(`${STORY}live.json`)) as { running: boolean; updates: string[] };
    expect(file).toEqual({ running: true, updates: updatesOf(pages[0] ?? '').shown.slice(1) });
    expect(pages[0]).toContain(`data-live="/${STORY}live.json"`);
    expect(pages[1]).toContain('data-live=""');
  });

  it('describes each page as a LiveBlogPosting, its updates as BlogPostings with headline, time and link', () => {
    const first = jsonLd(pages[0] ?? '');
    expect(first['@type']).toBe('LiveBlogPosting');
    expect(first.coverageStartTime).toBe('2017-11-29T05:00:00.000Z');
    expect(first.coverageEndTime).toBeUndefined();
    expect(first.dateModified).toBe('2017-11-29T21:35:00.000Z');
    const updates = first.liveBlogUpdate as Record<string, string>[];
    expect(updates).toHaveLength(21);
    expect(updates[1]).toMatchObject({
      '@type': 'BlogPosting',
      headline: expect.stringMatching(/^Update 200: /),
      datePublished: '2017-11-29T21:35:00.000Z',
      url: `${permalink}#update-20171129T2135Z`,
    });
    expect((jsonLd(pages[9] ?? '').liveBlogUpdate as unknown[]).length).toBe(19);
  });

  it('has its own feed of its 50 newest updates, each linking to the update', () => {
    const feed = parseRssFeed(readOut(`${STORY}feed.xml`));
    expect(feed.items).toHaveLength(50);
    expect(feed.items?.[0]?.link).toBe(`${permalink}#update-20171129T2135Z`);
    expect(pages[0]).toContain(`<link rel="alternate" type="application/rss+xml"`);
  });

  it('dates its pages in the sitemap by its latest update', () => {
    const sitemap = readOut('sitemap.xml');
    for (const path of [STORY, `${STORY}page/2/`])
      expect(sitemap).toMatch(
        new RegExp(`<loc>${origin}/${path}</loc>\\s*<lastmod>2017-11-30T00:35\\+03:00</lastmod>`),
      );
  });

  it('is allowed its script by hash and to fetch its updates file by the site-wide policy', () => {
    const policy = hostHeadersFor(parseHeadersFile(readOut('_headers')), `/${STORY}`)['Content-Security-Policy'];
    expect(policy).toHaveLength(1);
    expect(policy?.[0]).toContain("connect-src 'self'");
    const live = scriptsOf(pages[0] ?? '')[1] ?? '';
    expect(policy?.[0]).toContain(`'sha256-${createHash('sha256').update(live).digest('base64')}'`);
  });
});

describe('the live script', () => {
  it.each(outFiles().filter((file) => file.endsWith('.html')))('is on %s only if it is a live story’s page', (file) => {
    const html = readOut(file);
    expect(scriptsOf(html).some((script) => script.includes('data-live-new'))).toBe(html.includes('data-live='));
  });
});
