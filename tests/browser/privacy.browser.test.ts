import { describe, expect, it } from 'vitest';
import { setUpBrowser } from '../helpers/chromium';
import { ARTICLE_PATH, siteUrl } from '../helpers/site';

const browser = setUpBrowser();

describe.each([
  { name: 'home', path: '/' },
  { name: 'article', path: ARTICLE_PATH },
  { name: 'author', path: '/authors/zmitser-mitskevich/' },
  { name: 'topic', path: '/topics/nato/' },
  { name: '404', path: '/no-such-page/' },
])('the $name page', ({ path }) => {
  it('makes no request that leaves the site', async () => {
    const page = await browser.open();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
    const origin = new URL(siteUrl('/')).origin;
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:'))).toEqual([]);
    await page.context().close();
  });
});
