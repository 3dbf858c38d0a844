import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from '../helpers/chromium';
import { ARTICLE_PATH, builtOrigin, siteUrl } from '../helpers/site';

const SHORT_PATH = '/a/k7q2mx/';

const browser = setUpBrowser();

/** Whether the element's top edge is within the visible part of the page. */
function isInView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return top >= 0 && bottom <= window.innerHeight + 1 && top < window.innerHeight;
  });
}

describe('the short link', () => {
  it.each([true, false])('lands on the canonical article (JavaScript %s)', async (javaScriptEnabled) => {
    const page = await browser.open({ javaScriptEnabled });
    await page.goto(siteUrl(SHORT_PATH));
    await page.waitForURL(siteUrl(ARTICLE_PATH));
    expect(await page.locator('h1').innerText()).toBe(
      'Russia once again speaks about NATO threat for Russia and Belarus',
    );
    await page.context().close();
  });

  it('keeps a paragraph anchor and lands on that paragraph, highlighted', async () => {
    const page = await browser.open({ viewport: { width: 390, height: 700 } });
    await page.goto(siteUrl(`${SHORT_PATH}#p5`));
    await page.waitForURL(siteUrl(`${ARTICLE_PATH}#p5`));
    await expect.poll(() => isInView(page, '#p5')).toBe(true);
    const background = await page.locator('#p5').evaluate((element) => getComputedStyle(element).backgroundColor);
    const bodyBackground = await page.locator('body').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe(bodyBackground);
    await page.context().close();
  });

  it('is marked noindex with the permalink as canonical, for search engines', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    const response = await page.request.get(siteUrl(SHORT_PATH));
    const html = await response.text();
    expect(html).toMatch(/<meta name="robots" content="noindex, follow[,"]/);
    expect(html).toContain(`<link rel="canonical" href="${builtOrigin()}${ARTICLE_PATH}">`);
    await page.context().close();
  });
});

describe('paragraph links', () => {
  it('every body paragraph has an anchor and a link to itself that shows on keyboard focus', async () => {
    const page = await browser.open();
    await page.goto(siteUrl(ARTICLE_PATH));
    const anchors = await page
      .locator('.article-body > [id^="p"]')
      .evaluateAll((blocks) => blocks.map((block) => block.id));
    expect(anchors).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);

    const link = page.locator('#p3 .para-link');
    expect(await link.getAttribute('href')).toBe('#p3');
    expect(await link.evaluate((element) => getComputedStyle(element).opacity)).toBe('0');
    await link.focus();
    await expect.poll(() => link.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await page.context().close();
  });

  it('opening a paragraph link scrolls to that paragraph', async () => {
    const page = await browser.open({ viewport: { width: 390, height: 700 }, javaScriptEnabled: false });
    await page.goto(siteUrl(`${ARTICLE_PATH}#p6`));
    await expect.poll(() => isInView(page, '#p6')).toBe(true);
    await page.context().close();
  });
});
