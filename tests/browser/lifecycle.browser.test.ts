// The life of an article, on the fixture site: an earlier slug still lands on the article and its
// paragraph, corrections and updates are shown, drafts and embargoed articles are nowhere.
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from '../helpers/chromium';
import { siteUrl } from '../helpers/site';

const browser = setUpBrowser();

describe('an article that moved (aliases)', () => {
  it('lands from its earlier slug on the article and the paragraph the old link named', async () => {
    const page = await browser.open({ viewport: { width: 390, height: 500 } });
    await page.goto(siteUrl('/news/old-moved-article/#p3'));
    await page.waitForURL(siteUrl('/news/moved-article/#p3'));
    expect(await page.locator('h1').innerText()).toBe('An article that moved, with corrections');
    await expect
      .poll(() =>
        page.locator('#p3').evaluate((element) => {
          const { top } = element.getBoundingClientRect();
          return top >= 0 && top < window.innerHeight;
        }),
      )
      .toBe(true);
    expect(await page.locator('#p3').innerText()).toContain('Third paragraph, the one an old link points at.');
    await page.context().close();
  });

  it('lands on the article without JavaScript too, through the meta refresh', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(siteUrl('/news/old-moved-article/'));
    await page.waitForURL(siteUrl('/news/moved-article/'));
    expect(await page.locator('h1').innerText()).toBe('An article that moved, with corrections');
    await page.context().close();
  });
});

describe('corrections and updates', () => {
  it('shows each correction with its date, and when the article was last updated', async () => {
    const page = await browser.open();
    await page.goto(siteUrl('/news/moved-article/'));
    expect(await page.locator('.corrections').innerText()).toContain(
      'Correction, 21 October 2018: An earlier version gave the wrong date for the meeting.',
    );
    expect(await page.locator('.dateline').innerText()).toContain('Updated 22 October 2018');
    // The fixture newsroom is in Minsk (UTC+3): 22 October begins there at 21:00 UTC the day before.
    expect(await page.locator('meta[property="article:modified_time"]').getAttribute('content')).toBe(
      '2018-10-21T21:00:00.000Z',
    );
    await page.context().close();
  });
});

describe('drafts and embargoed articles', () => {
  it.each(['/news/draft-article/', '/news/embargoed-article/', '/a/fx-draft/', '/a/fx-embargo/'])(
    'have no page: %s is the 404 page',
    async (pagePath) => {
      const response = await fetch(siteUrl(pagePath));
      expect(response.status).toBe(404);
    },
  );

  it('are in no list, feed or sitemap', async () => {
    const texts = await Promise.all(
      [
        '/',
        '/page/2/',
        '/feed.xml',
        '/atom.xml',
        '/feed.json',
        '/sitemap.xml',
        '/news-sitemap.xml',
        '/authors/test-author/',
        '/topics/fixtures/',
      ].map(async (pagePath) => (await fetch(siteUrl(pagePath))).text()),
    );
    for (const text of texts) {
      expect(text).not.toContain('draft-article');
      expect(text).not.toContain('A draft nobody may read yet');
      expect(text).not.toContain('embargoed-article');
      expect(text).not.toContain('An embargoed article');
    }
    expect(`${texts[0]}${texts[1]}`).toContain('An article that moved, with corrections');
  });
});

describe('an article in Belarusian', () => {
  it('is marked as Belarusian and shows its Cyrillic headline', async () => {
    const page = await browser.open();
    await page.goto(siteUrl('/news/lukashenka-sustreusia-z-shojhu/'));
    expect(await page.locator('article').getAttribute('lang')).toBe('be');
    expect(await page.locator('h1').innerText()).toBe('Лукашэнка сустрэўся з Шойгу ў Мінску');
    await page.context().close();
  });
});
