import jsQR from 'jsqr';
import { beforeAll, describe, expect, it } from 'vitest';
import { artifactPath } from '../helpers/artifacts';
import { setUpBrowser } from '../helpers/chromium';
import { pdfPageImage, pdfPages } from '../helpers/pdf';
import { foldSpace, seedSentences } from '../helpers/seed';
import { ARTICLE_PATH, builtOrigin, siteUrl } from '../helpers/site';

const PERMALINK = `${builtOrigin()}${ARTICLE_PATH}`;
const HEADLINE = 'Russia once again speaks about NATO threat for Russia and Belarus';
const ORIGINAL =
  'https://naviny.belsat.eu/en/news/russia-once-again-speaks-about-nato-threat-for-russia-and-therefore-to-belarus/';
/** What the screen shows around the article and paper must not. */
const SCREEN_ONLY = [
  'Skip to content',
  'The Minsk Dispatch: independent reporting', // the site footer
  'No trackers',
  'Share this article',
  'Telegram',
  'WhatsApp',
  'LinkedIn',
  'Copy link',
  'Copy citation',
  'Print',
  'BibTeX',
  'Topics',
  'min read',
  '¶',
];

const browser = setUpBrowser();

/** Reads a PDF's text as one line, rejoining what the printer broke after a hyphen (long URLs). */
function readable(page: string): string {
  return foldSpace(page.replace(/-\n\s*/g, '-'));
}

describe.each([
  ['A4', 'light'],
  ['A4', 'dark'],
  ['Letter', 'light'],
  ['Letter', 'dark'],
] as const)('the printed article on %s paper, screen theme %s', (format, scheme) => {
  const name = `print-${format.toLowerCase()}-${scheme}`;
  const pdf = artifactPath(`${name}.pdf`);
  let pages: string[];
  let text: string;

  beforeAll(async () => {
    const page = await browser.open({ colorScheme: scheme });
    await page.goto(siteUrl(ARTICLE_PATH), { waitUntil: 'networkidle' });
    // As a reader's Print does: Chromium switches to print styles itself, and loads the lazy QR code.
    await page.pdf({ path: pdf, format });
    await page.context().close();
    pages = pdfPages(pdf);
    text = pages.map(readable).join(' ');
  });

  it('fits on at most two pages, none of them empty', () => {
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    for (const page of pages) expect(foldSpace(page).length).toBeGreaterThan(50);
  });

  it('numbers its pages', () => {
    pages.forEach((page, index) => expect(readable(page)).toMatch(new RegExp(`\\b${index + 1} ?/ ?${pages.length}$`)));
  });

  it('carries headline, byline, date, permalink and every sentence of the article', () => {
    expect(text).toContain(HEADLINE);
    expect(text).toContain('By Zmitser Mitskevich');
    expect(text).toContain('24 October 2018');
    expect(text).toContain(`Read this article online: ${PERMALINK}`);
    for (const sentence of seedSentences()) expect(text).toContain(sentence);
  });

  it('says above the headline how old the article is', () => {
    expect(text).toMatch(new RegExp(`This article is more than \\d+ years old ${HEADLINE}`));
  });

  it('credits the original publisher and prints where its link goes', () => {
    expect(text).toContain(`Originally published by Belsat TV (${ORIGINAL})`);
  });

  it('carries the citation with the reader’s access date', () => {
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(),
    );
    expect(text).toContain(
      `Cite this article Zmitser Mitskevich, “${HEADLINE}”, The Minsk Dispatch, 24 October 2018, originally published by Belsat TV. ${PERMALINK} Accessed ${today}.`,
    );
  });

  it('leaves out navigation, sharing, buttons, topics and the site footer', () => {
    for (const words of SCREEN_ONLY) expect(text).not.toContain(words);
  });

  it('never ends a page on a heading', () => {
    for (const page of pages.slice(0, -1)) {
      const lines = page
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      const lastText = lines.at(-2); // the last line is the page number
      expect(['Cite this article', 'Corrections']).not.toContain(lastText);
    }
  });

  it('prints a QR code that a phone reads as the permalink', () => {
    const decoded = pages.map((_, index) => {
      const image = pdfPageImage(pdf, index + 1, 150, artifactPath(`${name}-page-${index + 1}.png`));
      const found = jsQR(image.pixels, image.width, image.height)?.data;
      if (index > 0) image.remove(); // the first page stays as an artifact to look at
      return found;
    });
    expect(decoded.filter(Boolean)).toEqual([PERMALINK]);
  });
});

describe('print and citation tools on screen', () => {
  it('shows no QR code or printed permalink on screen', async () => {
    const page = await browser.open();
    await page.goto(siteUrl(ARTICLE_PATH));
    expect(await page.getByRole('img', { name: /QR code/ }).isVisible()).toBe(false);
    expect(await page.getByText('Read this article online').isVisible()).toBe(false);
    await page.context().close();
  });

  it('opens the print dialog from the Print button', async () => {
    const page = await browser.open();
    await page.addInitScript(() => {
      Object.assign(window, { printed: 0 });
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.goto(siteUrl(ARTICLE_PATH));
    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.context().close();
  });

  it('copies the plain citation and the BibTeX entry, each with today as the access date', async () => {
    const page = await browser.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(siteUrl(ARTICLE_PATH));
    const now = new Date();
    const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(now);

    await page.getByRole('button', { name: 'Copy citation' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `Zmitser Mitskevich, “${HEADLINE}”, The Minsk Dispatch, 24 October 2018, originally published by Belsat TV. ${PERMALINK} Accessed ${long}.`,
    );

    await page.getByText('BibTeX', { exact: true }).click();
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      [
        '@online{k7q2mx,',
        '  author = {Zmitser Mitskevich},',
        `  title = {{${HEADLINE}}},`,
        '  organization = {The Minsk Dispatch},',
        '  date = {2018-10-24},',
        `  url = {${PERMALINK}},`,
        '  langid = {english},',
        '  note = {Originally published by Belsat TV},',
        `  urldate = {${iso}}`,
        '}',
      ].join('\n'),
    );
    await page.context().close();
  });

  it('shows a complete citation without JavaScript, only without the access date', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(siteUrl(ARTICLE_PATH));
    expect(await page.locator('#cite-plain').innerText()).toBe(
      `Zmitser Mitskevich, “${HEADLINE}”, The Minsk Dispatch, 24 October 2018, originally published by Belsat TV. ${PERMALINK}`,
    );
    await page.getByText('BibTeX', { exact: true }).click();
    expect(await page.locator('#cite-bibtex').innerText()).toContain('note = {Originally published by Belsat TV}\n}');
    await page.context().close();
  });
});

describe.each([
  ['light', '/about/editorial-standards/', 'Editorial standards & "ethics"', 'Every article links to its original'],
  ['dark', '/be/about/contact/', 'Кантакты', 'Пішыце нам на desk@fixtures.example.org.'],
  ['light', '/corrections/', 'Corrections', 'Correction, 21 October 2018: An earlier version gave the wrong date'],
] as const)('the printed page (screen theme %s) %s', (scheme, path, title, words) => {
  let pages: string[];
  let text: string;

  beforeAll(async () => {
    const pdf = artifactPath(`print-${path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.pdf`);
    const page = await browser.open({ colorScheme: scheme });
    await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
    await page.pdf({ path: pdf, format: 'A4' });
    await page.context().close();
    pages = pdfPages(pdf);
    text = pages.map(readable).join(' ');
  });

  it('carries its title and its words on one numbered page', () => {
    expect(pages).toHaveLength(1);
    expect(text).toContain(title);
    expect(text).toContain(words);
    expect(readable(pages[0] ?? '')).toMatch(/\b1 ?\/ ?1$/);
  });

  it('leaves out the site’s navigation and footer', () => {
    for (const screenOnly of ['Skip to content', 'The newsroom', 'Browse the archive', 'More about', 'by RSS'])
      expect(text).not.toContain(screenOnly);
  });
});
