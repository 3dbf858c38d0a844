// Lists that span pages, on the fixture site (built with two articles a page): a reader walks from the
// newest article to the oldest and back without JavaScript, and every published article is on one page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from '../helpers/chromium';
import { builtOrigin, siteUrl } from '../helpers/site';

const browser = setUpBrowser();

// The English edition's articles: the Belarusian and Russian ones are on /be/ and /ru/.
const PUBLISHED_NEWEST_FIRST = [
  '/news/hostile-front-matter/',
  '/news/russia-once-again-speaks-about-nato-threat-for-russia-and-belarus/',
  '/news/moved-article/',
  '/news/markdown-constructs/',
  '/news/nato-drills-near-poland/',
  '/news/winter-in-minsk/',
  // The live stories, covered in late 2017.
  '/news/election-night-live/',
  '/news/election-week-live/',
];

function listed(page: Page): Promise<string[]> {
  return page
    .locator('.lead-story h2 a, .article-list h2 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

describe('the home page list', () => {
  it('leads from the newest articles to the older ones and back, each article on one page', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(siteUrl('/'));
    const pages = Math.ceil(PUBLISHED_NEWEST_FIRST.length / 2);
    const seen = await listed(page);
    expect(await page.locator('nav.page-nav').innerText()).toContain(`Page 1 of ${pages}`);
    expect(await page.locator('nav.page-nav a').allInnerTexts()).toEqual(['Older articles →']);

    for (let number = 2; number <= pages; number += 1) {
      await page.getByRole('link', { name: 'Older articles' }).click();
      await page.waitForURL(siteUrl(`/page/${number}/`));
      expect(await page.locator('h1').innerText()).toBe(`Latest from The Minsk Dispatch, page ${number}`);
      expect(await page.title()).toBe(`Latest articles, page ${number} | The Minsk Dispatch`);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${builtOrigin()}/page/${number}/`);
      expect(await page.locator('nav.page-nav').innerText()).toContain(`Page ${number} of ${pages}`);
      seen.push(...(await listed(page)));
    }
    expect(seen).toEqual(PUBLISHED_NEWEST_FIRST);
    expect(await page.getByRole('link', { name: 'Older articles' }).count()).toBe(0);

    for (let number = pages - 1; number >= 1; number -= 1) {
      await page.getByRole('link', { name: 'Newer articles' }).click();
      await page.waitForURL(siteUrl(number === 1 ? '/' : `/page/${number}/`));
    }
    expect(await listed(page)).toEqual(PUBLISHED_NEWEST_FIRST.slice(0, 2));
    await page.context().close();
  });

  it.each([true, false])('sends /page/1/ on to the home page (JavaScript on: %s)', async (javaScriptEnabled) => {
    const page = await browser.open({ javaScriptEnabled });
    await page.goto(siteUrl('/page/1/'));
    await page.waitForURL(siteUrl('/'));
    expect(await page.locator('h1').innerText()).toBe('Latest from The Minsk Dispatch');
    await page.context().close();
  });

  it.each([
    siteUrl(`/page/${Math.ceil(PUBLISHED_NEWEST_FIRST.length / 2) + 1}/`),
    siteUrl('/page/02/'),
    siteUrl('/authors/test-author/page/2/'),
  ])('has no page past its last: %s is the 404 page', async (url) => {
    const response = await fetch(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('We can’t find that page');
  });
});

describe('an author’s or topic’s list', () => {
  it('continues on the topic’s later pages, and comes back to the topic’s own page', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(siteUrl('/topics/belarus/'));
    const seen = await listed(page);
    for (let number = 2; (await page.getByRole('link', { name: 'Older articles' }).count()) > 0; number += 1) {
      await page.getByRole('link', { name: 'Older articles' }).click();
      await page.waitForURL(siteUrl(`/topics/belarus/page/${number}/`));
      expect(await page.locator('h1').innerText()).toBe(`Articles about Belarus, page ${number}`);
      seen.push(...(await listed(page)));
    }
    // Every English article is about Belarus but the live stories, which are about elections.
    expect(seen).toEqual(PUBLISHED_NEWEST_FIRST.filter((path) => !path.endsWith('-live/')));
    while ((await page.getByRole('link', { name: 'Newer articles' }).count()) > 0)
      await page.getByRole('link', { name: 'Newer articles' }).click();
    expect(pathOf(page)).toBe('/topics/belarus/');
    await page.context().close();
  });

  it.each(['/topics/belarus/page/1/', '/authors/test-author/page/1/'])(
    'sends %s on to the list’s own page',
    async (pagePath) => {
      const page = await browser.open({ javaScriptEnabled: false });
      await page.goto(siteUrl(pagePath));
      await page.waitForURL(siteUrl(pagePath.replace('page/1/', '')));
      expect(await page.locator('.article-list').count()).toBe(1);
      await page.context().close();
    },
  );

  it('shows no way to other pages when the list fits on one', async () => {
    const page = await browser.open();
    await page.goto(siteUrl('/authors/test-author/'));
    expect(await listed(page)).toEqual(['/news/moved-article/']);
    expect(await page.locator('nav.page-nav').count()).toBe(0);
    await page.context().close();
  });
});
