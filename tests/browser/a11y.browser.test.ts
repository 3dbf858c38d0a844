import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from '../helpers/chromium';
import { ARTICLE_PATH, photoUrl, siteUrl } from '../helpers/site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const browser = setUpBrowser();

type Violation = { id: string; help: string; nodes: { target: unknown[] }[] };

// A phone has no hover, so it shows what a desktop reveals only on hover (the ¶ paragraph links).
const DEVICES = {
  desktop: {},
  phone: { isMobile: true, hasTouch: true, viewport: { width: 390, height: 844 } },
} as const;

describe.each([
  ['light', 'desktop'],
  ['dark', 'desktop'],
  ['light', 'phone'],
  ['dark', 'phone'],
] as const)('accessibility in the %s theme on a %s', (colorScheme, device) => {
  it.each([
    { name: 'home', url: siteUrl('/') },
    { name: 'article', url: siteUrl(ARTICLE_PATH) },
    { name: 'author', url: siteUrl('/authors/zmitser-mitskevich/') },
    { name: 'topic', url: siteUrl('/topics/nato/') },
    { name: '404', url: siteUrl('/no-such-page/') },
    // The fixture site lists two articles a page, so its lists show the way to their other pages.
    { name: 'first of several home', url: siteUrl('/') },
    { name: 'second topic', url: siteUrl('/topics/belarus/page/2/') },
    // Tables, footnotes, pull quote, fact box, note and embed cards (tests/fixtures/site/markdown-constructs.md).
    { name: 'every Markdown construct', url: siteUrl('/news/markdown-constructs/') },
    // The Belarusian and Russian editions: their front pages, an article with two authors, an author with a biography.
    { name: 'Belarusian front', url: siteUrl('/be/') },
    { name: 'Belarusian article', url: siteUrl('/news/lukashenka-sustreusia-z-shojhu/') },
    { name: 'Russian article', url: siteUrl('/news/shoigu-v-minske/') },
    { name: 'Russian author', url: siteUrl('/ru/authors/zmitser-mitskevich/') },
    // Browsing without search: the indexes, the date archive and a month (the article above lists related stories).
    { name: 'topics index', url: siteUrl('/topics/') },
    { name: 'Belarusian authors index', url: siteUrl('/be/authors/') },
    { name: 'archive', url: siteUrl('/archive/') },
    { name: 'archive month', url: siteUrl('/archive/2018/10/') },
    // Live coverage: a running story with a pinned post, key events and every Markdown form, and the
    // later page of a long one, and an ended story in Belarusian.
    { name: 'live story', url: siteUrl('/news/election-night-live/') },
    { name: 'live story’s later page', url: siteUrl('/news/election-week-live/page/2/') },
    { name: 'ended Belarusian live story', url: siteUrl('/news/minsk-summit-live/') },
    // Who publishes the site and what it changed: the newsroom's pages, the corrections, author profiles.
    { name: 'about', url: siteUrl('/about/') },
    { name: 'contact', url: siteUrl('/about/contact/') },
    { name: 'Belarusian standards', url: siteUrl('/be/about/editorial-standards/') },
    { name: 'corrections', url: siteUrl('/corrections/') },
    { name: 'Russian corrections, none', url: siteUrl('/ru/corrections/') },
    { name: 'author with links', url: siteUrl('/authors/zmitser-mitskevich/') },
    { name: 'author with a photo', url: photoUrl('/authors/zmitser-mitskevich/') },
  ])('axe finds no WCAG 2.2 AA violation on the $name page', async ({ url }) => {
    const page = await browser.open({ colorScheme, ...DEVICES[device] });
    await page.goto(url);
    // Evaluated through the DevTools protocol, so the site's Content-Security-Policy does not block it.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map((v) => ({
        id: v.id,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
