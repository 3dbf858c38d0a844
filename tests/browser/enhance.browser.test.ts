import { describe, expect, it } from 'vitest';
import { setUpBrowser } from '../helpers/chromium';
import { ARTICLE_PATH, builtOrigin, siteUrl } from '../helpers/site';

const CANONICAL = `${builtOrigin()}${ARTICLE_PATH}`;
const HEADLINE = 'Russia once again speaks about NATO threat for Russia and Belarus';

const browser = setUpBrowser();

describe('sharing with JavaScript turned off', () => {
  it('offers the plain share links and no button that could not work', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(siteUrl(ARTICLE_PATH));
    const share = page.locator('section.share');
    const links = await share
      .locator('a')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).innerText));
    expect(links).toEqual([
      'Email',
      'Telegram',
      'WhatsApp',
      'X',
      'Facebook',
      'LinkedIn',
      `${new URL(builtOrigin()).host}/a/k7q2mx/`,
    ]);
    // The header's search button is a plain form's, which works without script; no other button shows.
    expect(await page.locator('button:visible').allInnerTexts()).toEqual(['Search']);
    await page.context().close();
  });
});

describe('sharing with JavaScript', () => {
  it('copies the canonical link to the clipboard and says so', async () => {
    const page = await browser.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(siteUrl(ARTICLE_PATH));
    const copy = page.getByRole('button', { name: 'Copy link' });
    await copy.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CANONICAL);
    await expect.poll(() => page.getByRole('status').innerText()).toBe('Copied to the clipboard');
    await page.context().close();
  });

  it('opens the system share sheet with the headline and canonical URL where the browser has one', async () => {
    const page = await browser.open();
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
    });
    await page.goto(siteUrl(ARTICLE_PATH));
    await page.getByRole('button', { name: 'Share…' }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
      { title: HEADLINE, url: CANONICAL },
    ]);
    await page.context().close();
  });

  it('shows no share button where the browser has no share sheet', async () => {
    const page = await browser.open();
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.goto(siteUrl(ARTICLE_PATH));
    await expect.poll(() => page.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Share…' }).isVisible()).toBe(false);
    await page.context().close();
  });
});
