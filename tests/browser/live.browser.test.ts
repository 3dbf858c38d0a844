// Reading live coverage in Chromium: complete without script, an update's link finding it wherever it
// has moved, new updates announced and put on top only when asked, sharing an update, and paper.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactPath } from '../helpers/artifacts';
import { setUpBrowser } from '../helpers/chromium';
import { pdfPages } from '../helpers/pdf';
import { foldSpace } from '../helpers/seed';
import { builtOrigin, siteUrl } from '../helpers/site';
import { readOut } from '../helpers/out';

const SHORT = '/news/election-night-live/';
const LONG = '/news/election-week-live/';
// An update of the long story that has moved to its third page.
const MOVED = 'update-20171129T1725Z';

const browser = setUpBrowser();

describe('a live story with JavaScript turned off', () => {
  it('shows the headline, "Live", the pinned post, the key events and every update with its time', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(siteUrl(SHORT));
    const story = page.locator('article.live');
    expect(await story.locator('h1').innerText()).toBe('Election night in Belarus, as it happens');
    expect(await story.locator('.live-status').innerText()).toBe('LIVE · Times are GMT+3.');
    expect(await story.locator('.update-label').innerText()).toBe('Pinned');
    expect(await story.locator('.key-events a').allInnerTexts()).toEqual([
      '2 December at 01:15 First results announced',
      '1 December at 21:00 Turnout passes 70 per cent',
    ]);
    expect(await story.locator('.update-time').allInnerTexts()).toEqual([
      '1 December at 18:00',
      '2 December at 01:15',
      '2 December at 00:30',
      '1 December at 23:05',
      '1 December at 22:10',
      '1 December at 21:00',
      '1 December at 20:00',
      '1 December at 19:00',
    ]);
    expect(await story.innerText()).not.toContain('Held until its time');
    // Nothing that needs script shows: no share or new-updates button.
    expect(await page.locator('button:visible').allInnerTexts()).toEqual(['Search']);
    await page.context().close();
  });

  it('lands an update’s link on its entry in the first page’s index when it has moved, one click from it', async () => {
    const page = await browser.open({ javaScriptEnabled: false, viewport: { width: 390, height: 700 } });
    await page.goto(siteUrl(`${LONG}#${MOVED}`));
    const entry = page.locator(`#${MOVED}`);
    expect(await entry.evaluate((element) => element.tagName)).toBe('LI');
    expect(await entry.isVisible()).toBe(true);
    expect(await entry.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(700);
    await entry.locator('a').click();
    await page.waitForURL(siteUrl(`${LONG}page/3/#${MOVED}`));
    expect(await page.locator(`article#${MOVED} .update-time`).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('a live story with JavaScript', () => {
  it('takes an update’s link straight to the page it has moved to', async () => {
    const page = await browser.open();
    await page.goto(siteUrl(`${LONG}#${MOVED}`));
    await page.waitForURL(siteUrl(`${LONG}page/3/#${MOVED}`));
    expect(await page.locator(`article#${MOVED}`).isVisible()).toBe(true);
    await page.context().close();
  });

  it('copies an update’s link and says so, where the browser has no share sheet', async () => {
    const page = await browser.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.goto(siteUrl(SHORT));
    const update = page.locator('article.update').nth(1);
    const id = await update.getAttribute('id');
    await update.getByRole('button', { name: 'Share this update' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${builtOrigin()}${SHORT}#${id}`);
    await expect.poll(() => page.locator('p[role="status"]').innerText()).toBe('Link to the update copied');
    await page.context().close();
  });

  describe('while the coverage runs', () => {
    /** The first page as it will be once two more updates are published, and its updates file. */
    function nextEdition() {
      const html = readOut(`${LONG.slice(1)}index.html`);
      const fresh = ['update-20171129T2145Z', 'update-20171129T2140Z'];
      const article = (id: string, minute: string) =>
        `<article class="update" id="${id}"><header class="update-header"><a class="update-time" href="#${id}"><time dateTime="2017-11-29T21:${minute}:00.000Z">30 November at 00:${minute}</time></a></header><div class="article-body"><p>Fresh news at ${minute}.</p></div><button type="button" class="update-share" data-live-share="" hidden="">Share this update</button></article>`;
      const page = html.replace(
        '<div class="live-stream">',
        `<div class="live-stream">${article(fresh[0]!, '45')}${article(fresh[1]!, '40')}`,
      );
      const file = JSON.parse(readOut(`${LONG.slice(1)}live.json`)) as { running: boolean; updates: string[] };
      return { page, fresh, file: { running: true, updates: [...fresh, ...file.updates.slice(0, -2)] } };
    }

    async function openWithClock(route: (route: Route) => Promise<void>): Promise<{ page: Page; checks: string[] }> {
      const page = await browser.open();
      const checks: string[] = [];
      await page.clock.install();
      await page.route('**/live.json', async (request) => {
        checks.push(request.request().url());
        await route(request);
      });
      await page.goto(siteUrl(LONG));
      return { page, checks };
    }

    it('says how many new updates there are without moving the text, and puts them on top when asked', async () => {
      const next = nextEdition();
      const { page, checks } = await openWithClock((route) => route.fulfill({ json: next.file }));
      const firstBefore = await page.locator('.live-stream > .update').first().boundingBox();
      await page.clock.runFor(29_000);
      await page.waitForTimeout(300);
      expect(checks).toHaveLength(0);
      await page.clock.runFor(2_000);
      const button = page.locator('.live-new button');
      await expect.poll(() => button.innerText()).toBe('2 new updates');
      // Said politely, in a live region, and nothing under the reader moved.
      expect(await page.locator('.live-new').getAttribute('role')).toBe('status');
      expect(await page.locator('.live-stream > .update').first().boundingBox()).toEqual(firstBefore);
      expect(await page.locator('.live-stream > .update').count()).toBe(20);
      await page.route(siteUrl(LONG), (route) => route.fulfill({ body: next.page, contentType: 'text/html' }));
      await button.click();
      await expect.poll(() => page.locator('.live-stream > .update').count()).toBe(22);
      expect(await page.locator('.live-stream > .update').first().getAttribute('id')).toBe(next.fresh[0]);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(next.fresh[0]);
      expect(await button.isHidden()).toBe(true);
      expect(await page.locator(`#${next.fresh[0]} .update-share`).isVisible()).toBe(true);
      await page.screenshot({ path: artifactPath('live-new-updates.png') });
      await page.context().close();
    });

    it('checks every 30 seconds, and stops when the coverage has ended', async () => {
      let running = true;
      const { page, checks } = await openWithClock((route) => route.fulfill({ json: { running, updates: [] } }));
      // Each check's answer arrives in real time: let it land before the page's clock moves on.
      const after = async (ms: number, count: number) => {
        await page.clock.runFor(ms);
        await expect.poll(() => checks.length).toBe(count);
        await page.waitForTimeout(300);
      };
      await after(29_000, 0);
      for (const count of [1, 2, 3]) await after(30_000, count);
      expect(new URL(checks[0]!).pathname).toBe(`${LONG}live.json`);
      running = false;
      await after(30_000, 4);
      await after(300_000, 4);
      expect(checks).toHaveLength(4);
      await page.context().close();
    });

    it('does not check from a later page, nor from a story whose coverage has ended', async () => {
      for (const path of [`${LONG}page/2/`, '/news/minsk-summit-live/']) {
        const page = await browser.open();
        const checks: string[] = [];
        await page.clock.install();
        page.on('request', (request) => checks.push(request.url()));
        await page.goto(siteUrl(path));
        await page.clock.runFor(120_000);
        expect(checks.filter((url) => url.endsWith('live.json'))).toEqual([]);
        await page.context().close();
      }
    });
  });
});

describe('a printed live story', () => {
  it('is a clean record: headline, key events, every update on the page with its time, the permalink', async () => {
    const page = await browser.open();
    await page.goto(siteUrl(SHORT), { waitUntil: 'networkidle' });
    const pdf = artifactPath('print-live.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    await page.context().close();
    const text = foldSpace(
      pdfPages(pdf)
        .join(' ')
        .replace(/-\n\s*/g, '-'),
    );
    expect(text).toContain('Election night in Belarus, as it happens');
    expect(text).toContain('Key events');
    for (const time of ['1 December at 18:00', '2 December at 01:15', '1 December at 19:00'])
      expect(text).toContain(time);
    expect(text).toContain('Polling stations closed at eight in the evening.');
    expect(text).toContain(`Read this article online: ${builtOrigin()}${SHORT}`);
    for (const screenOnly of ['Share this update', 'Share this article', 'Skip to content', 'Older updates'])
      expect(text).not.toContain(screenOnly);
  });
});
