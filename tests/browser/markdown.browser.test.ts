// A reader of the fixture article that uses every Markdown construct (tests/fixtures/site/
// markdown-constructs.md): nothing widens the page, the table box is reachable by keyboard, the
// footnotes link both ways, and the embeds ask nothing of a platform until the reader does.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { artifactPath } from '../helpers/artifacts';
import { setUpBrowser } from '../helpers/chromium';
import { FIXTURE_OUT, OUT, pagePaths } from '../helpers/out';
import { pdfPages } from '../helpers/pdf';
import { foldSpace } from '../helpers/seed';
import { realSiteUrl, siteUrl } from '../helpers/site';

const ARTICLE = '/news/markdown-constructs/';
const VIDEO = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const POST = 'https://t.me/belsat/12345';

const PLATFORMS = /youtube|youtu\.be|ytimg|googlevideo|t\.me|telegram|vimeo|twitter|x\.com|instagram|facebook|fbcdn/;

const browser = setUpBrowser();

/** Records every request the page makes that leaves the fixture site. */
function requestsElsewhere(page: Page): string[] {
  const origin = new URL(siteUrl('/')).origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) elsewhere.push(request.url());
  });
  return elsewhere;
}

describe.each([
  { device: 'a 320 px phone', viewport: { width: 320, height: 640 } },
  { device: 'a desktop', viewport: { width: 1280, height: 900 } },
])('the article on $device', ({ viewport }) => {
  it.each(['light', 'dark'] as const)(
    'never scrolls sideways in the %s theme, whatever its content',
    async (colorScheme) => {
      const page = await browser.open({ viewport, colorScheme });
      await page.goto(siteUrl(ARTICLE));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      // The long address and the long code line are there, and wrapped inside the text column.
      const column = await page.locator('.article-body').boundingBox();
      for (const selector of ['pre', 'a[href^="https://spring96.org/"]']) {
        const box = await page.locator(`.article-body ${selector}`).boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(column!.x + column!.width + 0.5);
      }
      const name = viewport.width === 320 ? 'phone' : 'desktop';
      await page.screenshot({ path: artifactPath(`markdown-${name}-${colorScheme}.png`), fullPage: true });
      await page.context().close();
    },
  );
});

describe('the wide table', () => {
  it('scrolls inside its own box on a phone, which the keyboard reaches and scrolls', async () => {
    const page = await browser.open({ viewport: { width: 320, height: 640 } });
    await page.goto(siteUrl(ARTICLE));
    const box = page.getByRole('region', { name: 'Political prisoners in Belarus, by year and region' });
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    let reached = false;
    for (let step = 0; step < 40 && !reached; step += 1) {
      await page.keyboard.press('Tab');
      reached = await box.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.context().close();
  });

  it('names its columns in header cells a screen reader announces', async () => {
    const page = await browser.open();
    await page.goto(siteUrl(ARTICLE));
    const table = page.getByRole('table', { name: 'Political prisoners in Belarus, by year and region' });
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
      'Year',
      'Minsk',
      'Brest region',
      'Vitsebsk region',
      'Homel region',
      'Hrodna region',
      'Mahilioŭ region',
      'Total recognised',
    ]);
    await page.context().close();
  });
});

describe('footnotes', () => {
  it('take the reader from the number to the note and back', async () => {
    const page = await browser.open();
    await page.goto(siteUrl(ARTICLE));
    await page.locator('sup a').first().click();
    expect(await page.locator(':target').innerText()).toContain('Viasna Human Rights Centre, annual report.');
    await page.getByRole('link', { name: 'Back to reference 1' }).click();
    expect(await page.locator(':target').innerText()).toBe('1');
    await page.context().close();
  });
});

describe('embeds', () => {
  it('ask nothing of any platform until the reader clicks', async () => {
    const page = await browser.open();
    const elsewhere = requestsElsewhere(page);
    await page.goto(siteUrl(ARTICLE), { waitUntil: 'networkidle' });
    await page.locator('.embed').last().scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('iframe').count()).toBe(0);
    expect(elsewhere).toEqual([]);
    await page.context().close();
  });

  it.each([
    { button: /Play the video here/, src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', link: VIDEO },
    { button: /Show the post here/, src: 'https://t.me/belsat/12345?embed=1', link: POST },
  ])('load the player from its privacy-enhanced address on click: $src', async ({ button, src, link }) => {
    const page = await browser.open();
    // The machine has no way out: the platform answers with a stand-in page.
    await page
      .context()
      .route(PLATFORMS, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>player</p>' }));
    const elsewhere = requestsElsewhere(page);
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
          `${event.effectiveDirective} blocked ${event.blockedURI}`,
        ),
      );
    });
    await page.goto(siteUrl(ARTICLE));
    await page.getByRole('button', { name: button }).click();
    const frame = page.locator(`iframe[src="${src}"]`);
    await frame.waitFor();
    expect(await page.locator('iframe').count()).toBe(1);
    // The page's own policy lets exactly this player be framed.
    expect(violations).toEqual([]);
    expect(elsewhere.every((url) => url.startsWith(new URL(src).origin))).toBe(true);
    expect(elsewhere).toContain(src);
    // The link to the original stays with the player.
    expect(await page.locator(`.embed a[href="${link}"]`).isVisible()).toBe(true);
    await page.context().close();
  });

  it('are links to the original when JavaScript is off', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(siteUrl(ARTICLE));
    expect(await page.getByRole('link', { name: 'Shoigu arrives in Minsk' }).getAttribute('href')).toBe(VIDEO);
    expect(await page.getByRole('link', { name: POST }).getAttribute('href')).toBe(POST);
    expect(await page.getByRole('button', { name: /here/ }).count()).toBe(0);
    expect(foldSpace(await page.locator('.embed').first().innerText())).toBe('YouTube video Shoigu arrives in Minsk');
    await page.context().close();
  });
});

describe('the printed article', () => {
  let text: string;
  beforeAll(async () => {
    const page = await browser.open({ colorScheme: 'dark' });
    await page.goto(siteUrl(ARTICLE));
    await page.emulateMedia({ media: 'print' });
    const pdf = artifactPath('print-markdown-constructs.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    await page.context().close();
    text = foldSpace(pdfPages(pdf).join(' '));
  });

  it('carries the table with its caption and every header cell, none clipped', () => {
    expect(text).toContain('Political prisoners in Belarus, by year and region');
    // Laid out as printed, a two-word header cell is two lines: each word must be there, whole.
    for (const word of ['Year', 'Minsk', 'Brest', 'Vitsebsk', 'Homel', 'Hrodna', 'Mahilioŭ', 'Total', 'recognised']) {
      expect(text.split(' ')).toContain(word);
    }
    expect(text).toContain('1,500');
  });

  it('carries the footnotes as endnotes', () => {
    expect(text).toContain('Viasna Human Rights Centre, annual report.');
    expect(text).toContain('The texts were not published.');
  });

  it('prints each embed as its link with the address', () => {
    const squeezed = text.replace(/\s+/g, '');
    expect(text).toContain('Shoigu arrives in Minsk');
    expect(squeezed).toContain(`(${VIDEO})`);
    expect(squeezed).toContain(`(${POST})`);
  });
});

describe('the security policy and embeds', () => {
  const policyOf = async (url: string) => (await fetch(url)).headers.get('content-security-policy') ?? '';

  it('lets the page with embeds frame exactly its players, in one policy', async () => {
    const csp = await policyOf(siteUrl(ARTICLE));
    expect(csp.match(/default-src/g)).toHaveLength(1);
    expect(csp).toMatch(/(^|; )frame-src https:\/\/t\.me https:\/\/www\.youtube-nocookie\.com(;|$)/);
  });

  // The 404 page as a reader meets it, at an address that does not exist (its own path redirects).
  const pages = (root: string) =>
    pagePaths(root).map((pathname) => (pathname === '/404.html' ? '/no-such-page/' : pathname));
  it.each([
    ...pages(OUT).map((pathname) => realSiteUrl(pathname)),
    ...pages(FIXTURE_OUT)
      // The running live story carries a YouTube card in one of its updates.
      .filter((pathname) => pathname !== ARTICLE && pathname !== '/news/election-night-live/')
      .map((pathname) => siteUrl(pathname)),
  ])('frames nothing on %s, which has no embed', async (url) => {
    const csp = await policyOf(url);
    expect(csp).toContain("default-src 'none'");
    expect(csp.match(/frame-src ([^;]*)/)?.[1] ?? "'none'").toBe("'none'");
  });
});

describe('a table longer than a printed page', () => {
  it('repeats its header row on every page it spans', async () => {
    const page = await browser.open();
    await page.goto(siteUrl(ARTICLE));
    // Stretch the fixture's table to about 120 rows, as a long data table would be.
    await page.evaluate(() => {
      const body = document.querySelector('.table-box tbody')!;
      const row = body.querySelector('tr')!;
      for (let i = 0; i < 120; i += 1) body.append(row.cloneNode(true));
    });
    await page.emulateMedia({ media: 'print' });
    const pdf = artifactPath('print-long-table.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    await page.context().close();
    const pages = pdfPages(pdf).filter((text) => text.includes('2020'));
    expect(pages.length).toBeGreaterThan(1);
    for (const text of pages)
      expect(foldSpace(text).split(' ')).toEqual(expect.arrayContaining(['Year', 'recognised']));
  });
});
