import { describe, expect, it } from 'vitest';
import { setUpBrowser } from '../helpers/chromium';
import { foldSpace, seedSentences } from '../helpers/seed';
import { ARTICLE_PATH, realSiteUrl, siteUrl } from '../helpers/site';

const browser = setUpBrowser();

// The one test of content/ itself: the seed article is published word for word. Every other test
// reads the fixture site (tests/fixtures/site), which has its own copy, so correcting the seed in
// content/ can only break this test, on purpose.
describe('the seed article in content/', () => {
  it('is published verbatim: its headline, byline, date and every sentence', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(realSiteUrl(ARTICLE_PATH));
    const article = page.locator('article');
    expect(await page.locator('h1').innerText()).toBe(
      'Russia once again speaks about NATO threat for Russia and Belarus',
    );
    expect(await article.innerText()).toContain('By Zmitser Mitskevich');
    expect(await article.locator('time[datetime="2018-10-24"]').innerText()).toBe('24 October 2018');
    const text = foldSpace(await article.innerText());
    expect(seedSentences().filter((sentence) => !text.includes(sentence))).toEqual([]);
    await page.context().close();
  });
});

describe.each([
  { javaScript: true, label: 'with JavaScript' },
  { javaScript: false, label: 'with JavaScript turned off' },
])('the article at its permalink, $label', ({ javaScript }) => {
  it('shows the headline as the only h1, the byline, the date and every sentence of the seed', async () => {
    const page = await browser.open({ javaScriptEnabled: javaScript });
    const response = await page.goto(siteUrl(ARTICLE_PATH));
    expect(response?.status()).toBe(200);

    const article = page.locator('article');
    await expect(article.count()).resolves.toBe(1);
    const headings = page.locator('h1');
    await expect(headings.count()).resolves.toBe(1);
    expect(await headings.innerText()).toBe('Russia once again speaks about NATO threat for Russia and Belarus');
    expect(await article.getAttribute('lang')).toBe('en');
    expect(await article.innerText()).toContain('By Zmitser Mitskevich');
    const time = article.locator('time[datetime="2018-10-24"]');
    expect(await time.innerText()).toBe('24 October 2018');

    const text = foldSpace(await article.innerText());
    const missing = seedSentences().filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
    expect(await article.locator('blockquote').innerText()).toContain('NATO’s military activity near our borders');
    await page.context().close();
  });

  it('credits Belsat TV with a link to the original article', async () => {
    const page = await browser.open({ javaScriptEnabled: javaScript });
    await page.goto(siteUrl(ARTICLE_PATH));
    const link = page.getByRole('link', { name: 'Belsat TV' });
    expect(await link.getAttribute('href')).toBe(
      'https://naviny.belsat.eu/en/news/russia-once-again-speaks-about-nato-threat-for-russia-and-therefore-to-belarus/',
    );
    expect(await page.locator('.attribution').innerText()).toBe('Originally published by Belsat TV.');
    await page.context().close();
  });
});

describe('the home page', () => {
  it('lists the article with its standfirst, byline and date, linking to the permalink', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    // The fixture site lists two articles a page; the seed's copy is the English edition's second newest.
    await page.goto(siteUrl('/'));
    const link = page.getByRole('link', {
      name: 'Russia once again speaks about NATO threat for Russia and Belarus',
    });
    expect(await link.getAttribute('href')).toBe(ARTICLE_PATH);
    const card = page.locator('.card', { has: link });
    expect(await card.innerText()).toContain('By Zmitser Mitskevich');
    expect(await card.innerText()).toContain('The Minister of Defense of Russia has arrived in Belarus');
    expect(await card.locator('time').getAttribute('datetime')).toBe('2018-10-24');
    await link.click();
    await page.waitForURL(siteUrl(ARTICLE_PATH));
    expect(await page.locator('h1').innerText()).toContain('NATO threat');
    await page.context().close();
  });
});

describe('an unknown path', () => {
  it('gets the site’s 404 page with status 404 and a way home', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    const response = await page.goto(siteUrl('/news/no-such-article/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('We can’t find that page');
    expect(await page.getByRole('link', { name: 'Go to the latest articles' }).getAttribute('href')).toBe('/');
    await page.context().close();
  });

  it('redirects a permalink typed without its trailing slash to the canonical one', async () => {
    const page = await browser.open();
    await page.goto(siteUrl(ARTICLE_PATH.slice(0, -1)));
    expect(page.url()).toBe(siteUrl(ARTICLE_PATH));
    await page.context().close();
  });
});
