// Lists that span pages, on the fixture site (built with two articles a page): a reader walks from the
// newest article to the oldest and back without JavaScript, and every published article is on one page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from '../helpers/chromium';
import { builtOrigin, siteUrl } from '../helpers/site';

const browser = setUpBrowser();

const PUBLISHED_NEWEST_FIRST = [
  '/news/hostile-front-matter/',
  '/news/lukashenka-sustreusia-z-shojhu/',
  '/news/russia-once-again-speaks-about-nato-threat-for-russia-and-belarus/',
  '/news/moved-article/',
  '/news/markdown-constructs/',
];

function listed(page: Page): Promise<string[]> {
  return page
    .locator('.article-list h2 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

describe('the home page list', () => {
  it('leads from the newest articles to the older ones and back, each article on one page', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(siteUrl('/'));
    const first = await listed(page);
    expect(await page.locator('nav.page-nav').innerText()).toContain('Page 1 of 2');
    expect(await page.locator('nav.page-nav a').allInnerTexts()).toEqual(['Older articles →']);

    await page.getByRole('link', { name: 'Older articles' }).click();
    await page.waitForURL(siteUrl('/page/2/'));
    expect(await page.locator('h1').innerText()).toBe('Latest from The Minsk Dispatch, page 2');
    expect(await page.title()).toBe('Latest articles, page 2 | The Minsk Dispatch');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${builtOrigin()}/page/2/`);
    expect(await page.locator('nav.page-nav').innerText()).toContain('Page 2 of 2');
    const second = await listed(page);
    expect([...first, ...second]).toEqual(PUBLISHED_NEWEST_FIRST);

    await page.getByRole('link', { name: 'Newer articles' }).click();
    await page.waitForURL(siteUrl('/'));
    expect(await listed(page)).toEqual(first);
    await page.context().close();
  });

  it.each([true, false])('sends /page/1/ on to the home page (JavaScript on: %s)', async (javaScriptEnabled) => {
    const page = await browser.open({ javaScriptEnabled });
    await page.goto(siteUrl('/page/1/'));
    await page.waitForURL(siteUrl('/'));
    expect(await page.locator('h1').innerText()).toBe('Latest from The Minsk Dispatch');
    await page.context().close();
  });

  it.each([siteUrl('/page/3/'), siteUrl('/page/02/'), siteUrl('/authors/test-author/page/2/')])(
    'has no page past its last: %s is the 404 page',
    async (url) => {
      const response = await fetch(url);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('We can’t find that page');
    },
  );
});

describe('an author’s or topic’s list', () => {
  it('continues on the topic’s page 2, and comes back to the topic’s own page', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(siteUrl('/topics/belarus/'));
    const first = await listed(page);
    await page.getByRole('link', { name: 'Older articles' }).click();
    await page.waitForURL(siteUrl('/topics/belarus/page/2/'));
    expect(await page.locator('h1').innerText()).toBe('Articles about Belarus, page 2');
    expect([...first, ...(await listed(page))]).toEqual(PUBLISHED_NEWEST_FIRST);
    await page.getByRole('link', { name: 'Newer articles' }).click();
    await page.waitForURL(siteUrl('/topics/belarus/'));
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
