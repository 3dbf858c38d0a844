import { describe, expect, it } from 'vitest';
import { setUpBrowser } from '../helpers/chromium';
import { ARTICLE_PATH, siteUrl } from '../helpers/site';

const browser = setUpBrowser();

const HEADLINE = 'Russia once again speaks about NATO threat for Russia and Belarus';

describe('from the article to more of the same', () => {
  it('the byline leads to the author’s page, which lists the article', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(siteUrl(ARTICLE_PATH));
    await page.locator('article header').getByRole('link', { name: 'Zmitser Mitskevich' }).click();
    await page.waitForURL(siteUrl('/authors/zmitser-mitskevich/'));
    // The fixture site has this author in two spellings, one article each; the page takes the newest
    // article's (lib/archive.ts, unit-tested there).
    expect(await page.locator('h1').innerText()).toMatch(/^Articles by (Zmitser Mitskevich|Зміцер Міцкевіч)$/);
    expect(await page.title()).toMatch(/^Articles by (Zmitser Mitskevich|Зміцер Міцкевіч) \| /);
    expect(await page.getByRole('link', { name: HEADLINE }).getAttribute('href')).toBe(ARTICLE_PATH);
    await page.context().close();
  });

  it('a topic leads to the topic’s page, which lists the article', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(siteUrl(ARTICLE_PATH));
    await page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: 'NATO' }).click();
    await page.waitForURL(siteUrl('/topics/nato/'));
    expect(await page.locator('h1').innerText()).toBe('Articles about NATO');
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').pathname).toBe(
      '/topics/nato/',
    );
    await page.getByRole('link', { name: HEADLINE }).click();
    await page.waitForURL(siteUrl(ARTICLE_PATH));
    await page.context().close();
  });
});
