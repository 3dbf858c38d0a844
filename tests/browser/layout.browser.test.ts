import { describe, expect, it } from 'vitest';
import { artifactPath } from '../helpers/artifacts';
import { setUpBrowser } from '../helpers/chromium';
import { ARTICLE_PATH, siteUrl } from '../helpers/site';

const browser = setUpBrowser();

const pages = [
  { name: 'home', path: '/' },
  { name: 'article', path: ARTICLE_PATH },
  { name: 'author', path: '/authors/zmitser-mitskevich/' },
  { name: 'topic', path: '/topics/nato/' },
  { name: '404', path: '/no-such-page/' },
  { name: 'Belarusian front', path: '/be/', skip: 'Перайсці да зместу' },
  { name: 'Russian article', path: '/news/shoigu-v-minske/', skip: 'Перейти к содержанию' },
  { name: 'live story', path: '/news/election-night-live/' },
  { name: 'long live story', path: '/news/election-week-live/' },
];

describe('the section navigation in the header', () => {
  it.each(['light', 'dark'] as const)(
    'wraps on a 320 px phone in the %s theme without script: every section a tappable link, nothing sideways',
    async (colorScheme) => {
      const page = await browser.open({ viewport: { width: 320, height: 640 }, colorScheme, javaScriptEnabled: false });
      await page.goto(siteUrl('/'));
      const links = page.locator('.section-nav a');
      expect(await links.allInnerTexts()).toEqual(['Belarus', 'NATO', 'Media']);
      for (const box of await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().toJSON()))) {
        expect(box.right).toBeLessThanOrEqual(320);
        expect(box.height).toBeGreaterThanOrEqual(24); // WCAG 2.2 target size (minimum)
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
      await page.screenshot({ path: artifactPath(`front-320-${colorScheme}.png`), fullPage: true });
      await links.first().click();
      await page.waitForURL(siteUrl('/topics/belarus/'));
      await page.context().close();
    },
  );
});

describe.each(pages)('the $name page', ({ path, skip = 'Skip to content' }) => {
  it('never scrolls sideways on a 320 px wide phone', async () => {
    const page = await browser.open({ viewport: { width: 320, height: 640 } });
    await page.goto(siteUrl(path));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.context().close();
  });

  it('offers a skip link as the first thing a keyboard reaches, landing on the main content', async () => {
    const page = await browser.open();
    await page.goto(siteUrl(path));
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.innerText()).toBe(skip);
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });
});

describe('a code block with a long line', () => {
  it('scrolls inside its own box, never the page, on a 320 px wide phone', async () => {
    const page = await browser.open({ viewport: { width: 320, height: 640 } });
    await page.goto(siteUrl('/news/moved-article/'));
    const code = page.locator('.article-body pre');
    expect(await code.innerText()).toContain('a-very-long-query-string-that-never-breaks');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.context().close();
  });
});

describe('the article text', () => {
  it('keeps a comfortable measure of 60 to 75 characters a line on a wide screen', async () => {
    const page = await browser.open({ viewport: { width: 1600, height: 1000 } });
    await page.goto(siteUrl(ARTICLE_PATH));
    const charsPerLine = await page
      .locator('.article-body p')
      .first()
      .evaluate((p) => {
        const style = getComputedStyle(p);
        const probe = document.createElement('span');
        probe.style.font = style.font;
        probe.textContent = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
        document.body.append(probe);
        const perChar = probe.getBoundingClientRect().width / 104;
        probe.remove();
        return p.getBoundingClientRect().width / perChar;
      });
    expect(charsPerLine).toBeGreaterThanOrEqual(60);
    expect(charsPerLine).toBeLessThanOrEqual(75);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('follows the reader’s %s system theme', async (colorScheme) => {
    const page = await browser.open({ colorScheme });
    await page.goto(siteUrl(ARTICLE_PATH));
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r = 0, g = 0, b = 0] = background.match(/\d+/g)!.map(Number);
    const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    if (colorScheme === 'dark') expect(luminance).toBeLessThan(0.2);
    else expect(luminance).toBeGreaterThan(0.9);
    await page.context().close();
  });
});

describe('screenshots for people to look at', () => {
  it.each([
    { device: 'mobile', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
    { device: 'mobile', viewport: { width: 390, height: 844 }, colorScheme: 'dark' as const },
    { device: 'desktop', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const },
    { device: 'desktop', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const },
  ])('saves the article page on $device in $colorScheme', async ({ device, viewport, colorScheme }) => {
    const page = await browser.open({ viewport, colorScheme });
    await page.goto(siteUrl(ARTICLE_PATH));
    const file = artifactPath(`article-${device}-${colorScheme}.png`);
    const png = await page.screenshot({ path: file, fullPage: true });
    expect(png.byteLength).toBeGreaterThan(10_000);
    await page.context().close();
  });
});
