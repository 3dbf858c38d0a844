// Browsing without search or JavaScript, on the fixture site: from the archive to a month to an article,
// and from an article to its related stories; the indexes lead to each topic's and author's page.
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from '../helpers/chromium';
import { ARTICLE_PATH, siteUrl } from '../helpers/site';

const browser = setUpBrowser();

describe('browsing the archive without JavaScript', () => {
  it('walks from the archive to a month, to an article, and on to a related story', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(siteUrl('/'));
    await page.getByRole('navigation', { name: 'Browse the archive' }).getByRole('link', { name: 'Archive' }).click();
    await page.waitForURL(siteUrl('/archive/'));
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(['2018', '2017']);

    await page.getByRole('link', { name: 'September 2018' }).click();
    await page.waitForURL(siteUrl('/archive/2018/09/'));
    expect(await page.locator('h1').innerText()).toBe('Articles from September 2018');
    expect(await page.locator('nav.page-nav a').allInnerTexts()).toEqual([
      '← Later: October 2018',
      'All months',
      'Earlier: December 2017 →',
    ]);

    await page.getByRole('link', { name: 'Later: October 2018' }).click();
    await page.waitForURL(siteUrl('/archive/2018/10/'));
    await page.getByRole('link', { name: 'Russia once again speaks about NATO threat for Russia and Belarus' }).click();
    await page.waitForURL(siteUrl(ARTICLE_PATH));

    const related = page.getByRole('region', { name: 'More on this' });
    // The four English stories published before it that share a topic (README, Finding the next article).
    expect(await related.getByRole('link').allInnerTexts()).toHaveLength(4);
    await related.getByRole('link', { name: 'NATO drills near the Polish border end with a night exercise' }).click();
    await page.waitForURL(siteUrl('/news/nato-drills-near-poland/'));
    expect(await page.locator('h1').innerText()).toBe('NATO drills near the Polish border end with a night exercise');
    await page.context().close();
  });

  it('leads from the Belarusian topics index to a topic’s page in that edition', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(siteUrl('/be/'));
    await page.getByRole('navigation', { name: 'Па архіве' }).getByRole('link', { name: 'Тэмы' }).click();
    await page.waitForURL(siteUrl('/be/topics/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('be');
    await page.locator('main').getByRole('link', { name: 'Беларусь' }).click();
    await page.waitForURL(siteUrl('/be/topics/belarus/'));
    expect(await page.locator('h1').innerText()).toBe('Артыкулы на тэму «Беларусь»');
    await page.context().close();
  });
});
