// Photos as a reader meets them (the photo fixture site, npm run build:photos): no sideways scroll
// whatever their shape, the lead photo first and the rest only when the reader nears them, and whole
// on paper.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath } from '../helpers/artifacts';
import { launchChromium, openPage } from '../helpers/chromium';
import { pdfPages } from '../helpers/pdf';
import { foldSpace } from '../helpers/seed';
import { photoUrl } from '../helpers/site';

const SEED = '/news/seed-with-lead-photo/';
const ESSAY = '/news/river-tower-square-in-pictures/';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { isMobile: true, hasTouch: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 };

let browser: Browser;
beforeAll(async () => {
  // How far ahead lazy images load depends on the connection Chromium estimates (1,250 px on 4G, up to
  // 8,000 px on a slow one); on a busy machine the estimate wanders, so it is fixed at 4G.
  browser = await launchChromium(['--force-effective-connection-type=4G']);
});
afterAll(() => browser?.close());

/** Every image request the page makes, by file name. */
function recordImages(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'image') requested.push(new URL(request.url()).pathname);
  });
  return requested;
}

describe.each(['light', 'dark'] as const)('photo pages in the %s theme', (colorScheme) => {
  it.each([
    ['a 320 px phone', { width: 320, height: 640 }],
    ['a desktop', { width: 1280, height: 800 }],
  ])(
    'never scroll sideways on %s, with an 8:1 panorama, a 1:5 tower and a portrait lead photo',
    async (_, viewport) => {
      const page = await openPage(browser, { viewport, colorScheme });
      for (const path of [SEED, ESSAY, '/']) {
        await page.goto(photoUrl(path));
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBe(0);
        // Every photo stays inside the text column.
        const widest = await page.evaluate(() =>
          Math.max(...[...document.querySelectorAll('main img')].map((img) => img.getBoundingClientRect().right)),
        );
        expect(widest, path).toBeLessThanOrEqual(viewport.width);
      }
      // On the home page (the last one loaded) the newest story leads with its photo across the column,
      // and the next story's thumbnail sits beside its headline, never over it.
      expect(await page.locator('.lead-story .lead-story-photo img').count()).toBe(1);
      const overlaps = await page.evaluate(() =>
        [...document.querySelectorAll('.card-with-photo')].map((card) => {
          const headline = card.querySelector('h2')!.getBoundingClientRect();
          const photo = card.querySelector('.card-photo img')!.getBoundingClientRect();
          return headline.right > photo.left && headline.top < photo.bottom;
        }),
      );
      expect(overlaps).toEqual([false]);
      await page.screenshot({
        path: artifactPath(`photos-essay-${viewport.width}-${colorScheme}.png`),
        fullPage: true,
      });
      await page.context().close();
    },
  );

  it('passes axe (WCAG 2.2 AA) on a phone, with figures, captions and list thumbnails', async () => {
    const page = await openPage(browser, { ...PHONE, colorScheme });
    for (const path of [SEED, ESSAY, '/']) {
      await page.goto(photoUrl(path));
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string }[] }> } }
        ).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        });
        return result.violations.map((violation) => violation.id);
      });
      expect(violations, path).toEqual([]);
    }
    await page.context().close();
  });
});

describe('loading on a phone', () => {
  it('makes the lead photo the largest contentful paint, fetched as a phone-sized AVIF and without layout shift', async () => {
    const page = await openPage(browser, PHONE);
    const requested = recordImages(page);
    await page.goto(photoUrl(SEED), { waitUntil: 'load' });
    // The page's LCP is its last candidate: wait for the photo's paint (or 5 s, then fail with what won).
    const { lcp, shift } = await page.evaluate(
      () =>
        new Promise<{ lcp: string; shift: number }>((resolve) => {
          let shift = 0;
          let lcp = '';
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) shift += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          new PerformanceObserver((list) => {
            const element = (list.getEntries().at(-1) as unknown as { element: Element | null }).element;
            lcp = element ? `${element.tagName} ${element.closest('figure')?.className ?? ''}` : '';
            if (element?.tagName === 'IMG') setTimeout(() => resolve({ lcp, shift }), 300);
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => resolve({ lcp, shift }), 5000);
        }),
    );
    expect(lcp).toBe('IMG figure lead-figure');
    expect(shift).toBe(0);
    // 390 css px at 2× needs about 716 px: the 720 px AVIF, and no other size or format of it.
    expect(requested.filter((file) => file.includes('minsk-square'))).toEqual([
      expect.stringMatching(/^\/images\/minsk-square-720\.[0-9a-f]{10}\.avif$/),
    ]);
    await page.context().close();
  });

  it('keeps each photo’s space before its file arrives, so nothing moves when it does', async () => {
    const page = await openPage(browser, PHONE);
    await page.route('**/images/**', () => undefined); // photos never arrive
    await page.goto(photoUrl(ESSAY), { waitUntil: 'domcontentloaded' });
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLImageElement>('main figure img')].map((img) => {
        const { width, height } = img.getBoundingClientRect();
        return {
          complete: img.complete && img.naturalWidth > 0,
          ratio: height / width,
          expected: img.height / img.width,
        };
      }),
    );
    expect(boxes).toHaveLength(4);
    for (const box of boxes) {
      expect(box.complete).toBe(false);
      expect(box.ratio).toBeGreaterThan(0.1);
    }
    await page.context().close();
  });

  it('fetches body photos only as the reader scrolls towards them', async () => {
    const page = await openPage(browser, PHONE);
    const requested = recordImages(page);
    await page.goto(photoUrl(ESSAY), { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const body = ['river-panorama', 'tv-tower-tall', 'small-archive-photo'];
    expect(requested.filter((file) => body.some((name) => file.includes(name)))).toEqual([]);
    expect(requested.some((file) => file.includes('portrait-rotated'))).toBe(true);
    // The reader scrolls down through the essay, past each photo.
    for (const figure of await page.locator('.article-body figure').all()) {
      await figure.scrollIntoViewIfNeeded();
      await page.waitForLoadState('networkidle');
    }
    for (const name of body)
      expect(
        requested.some((file) => file.includes(name)),
        name,
      ).toBe(true);
    await page.context().close();
  });
});

describe.each(['A4', 'Letter'] as const)('the seed article with a lead photo printed on %s', (format) => {
  it('fits on at most two pages, with the photo’s caption and credit', async () => {
    const page = await openPage(browser);
    await page.goto(photoUrl(SEED), { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = artifactPath(`photos-print-${format.toLowerCase()}.pdf`);
    await page.pdf({ path: pdf, format });
    const figure = await page.locator('.lead-figure img').evaluate((img) => {
      const style = getComputedStyle(img.closest('figure')!);
      const box = img.getBoundingClientRect();
      return {
        breakInside: style.breakInside,
        width: box.width,
        bodyWidth: document.body.getBoundingClientRect().width,
      };
    });
    await page.context().close();
    const pages = pdfPages(pdf);
    expect(pages.length).toBeLessThanOrEqual(2);
    const text = foldSpace(pages.join(' '));
    expect(text).toContain("Russia's defence minister arrived in Minsk on Wednesday. BELSAT TV");
    expect(figure.breakInside).toBe('avoid');
    expect(figure.width).toBeLessThanOrEqual(figure.bodyWidth);
  });
});

describe('photo files as a host serves them', () => {
  it('may be cached for a year, since their names change with their bytes', async () => {
    const page = await fetch(photoUrl(SEED));
    const html = await page.text();
    const src = /<img src="(\/images\/[^"]+)"/.exec(html)?.[1];
    expect(src).toMatch(/^\/images\/minsk-square-720\.[0-9a-f]{10}\.jpg$/);
    const photo = await fetch(photoUrl(src!));
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect(photo.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});
