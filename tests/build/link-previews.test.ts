// Every page type as a link-preview library (open-graph-scraper, which chat bots and unfurlers use)
// reads it from the built HTML: its own URL, type, picture, card and description.
import { existsSync } from 'node:fs';
import path from 'node:path';
import ogs from 'open-graph-scraper';
import { describe, expect, it } from 'vitest';
import { SITE_OUT, readOut } from '../helpers/out';
import { ARTICLE_PATH, builtOrigin } from '../helpers/site';

const ORIGIN = builtOrigin();

async function preview(file: string) {
  const html = readOut(file);
  const { result } = await ogs({ html });
  const robots = /<meta name="robots" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
  const shortlink = /<link rel="shortlink" href="([^"]*)"/.exec(html)?.[1];
  return { ...result, robots, canonical, shortlink };
}

/** The picture a preview shows must exist in the built site at the absolute URL the page gives. */
function expectBuilt(url: string | undefined) {
  expect(url?.startsWith(`${ORIGIN}/`), url).toBe(true);
  expect(existsSync(path.join(SITE_OUT, new URL(url!).pathname)), url).toBe(true);
}

describe.each([
  ['the front page', 'index.html', '/', 'website'],
  ['the Belarusian front page', 'be/index.html', '/be/', 'website'],
  ['a later list page', 'page/2/index.html', '/page/2/', 'website'],
  ['an author page', 'authors/zmitser-mitskevich/index.html', '/authors/zmitser-mitskevich/', 'website'],
  ['a Russian topic page', 'ru/topics/nato/index.html', '/ru/topics/nato/', 'website'],
  ['the topics index', 'topics/index.html', '/topics/', 'website'],
  ['the Belarusian authors index', 'be/authors/index.html', '/be/authors/', 'website'],
  ['the archive', 'archive/index.html', '/archive/', 'website'],
  ['a month of the archive', 'archive/2018/10/index.html', '/archive/2018/10/', 'website'],
  ['the search page', 'search/index.html', '/search/', 'website'],
  ['an article', `${ARTICLE_PATH.slice(1)}index.html`, ARTICLE_PATH, 'article'],
])('%s', (_, file, pathname, type) => {
  it('has its own URL, type, picture, large card and description', async () => {
    const page = await preview(file);
    expect(page.ogUrl).toBe(`${ORIGIN}${pathname}`);
    expect(page.ogType).toBe(type);
    expect(page.ogImage?.[0]?.width).toBe('1200');
    expect(page.ogImage?.[0]?.height).toBe('630');
    expectBuilt(page.ogImage?.[0]?.url);
    expectBuilt(page.twitterImage?.[0]?.url);
    expect(page.twitterCard).toBe('summary_large_image');
    expect(page.ogTitle?.trim()).toBeTruthy();
    expect(page.ogDescription?.trim()).toBeTruthy();
  });
});

describe('the pages that send a reader on to an article', () => {
  it.each([
    ['the short link', 'a/k7q2mx/index.html'],
    ['an old address', 'news/old-moved-article/index.html'],
  ])('%s previews as the article does, but stays out of search and points at the permalink', async (_, file) => {
    const page = await preview(file);
    const target = file.startsWith('a/')
      ? await preview(`${ARTICLE_PATH.slice(1)}index.html`)
      : await preview('news/moved-article/index.html');
    for (const key of ['ogTitle', 'ogDescription', 'ogType', 'ogUrl', 'twitterCard', 'articlePublishedTime'] as const)
      expect(page[key], key).toEqual(target[key]);
    expect(page.ogImage).toEqual(target.ogImage);
    expect(page.robots).toContain('noindex');
    expect(page.canonical).toBe(target.ogUrl);
    expect(page.ogUrl).toBe(target.canonical);
  });
});

describe('the article page', () => {
  it('offers its short link to tools that ask for one', async () => {
    const page = await preview(`${ARTICLE_PATH.slice(1)}index.html`);
    expect(page.shortlink).toBe(`${ORIGIN}/a/k7q2mx/`);
    expect(readOut(`${ARTICLE_PATH.slice(1)}index.html`)).toMatch(
      new RegExp(`data-copy-text="${ORIGIN}/a/k7q2mx/"[^>]*>Copy short link</button>`),
    );
  });
});
