import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpBrowser } from '../helpers/chromium';
import { serveWithNginx } from '../helpers/nginx';
import { OUT, outFiles } from '../helpers/out';
import { ARTICLE_PATH, realSiteUrl } from '../helpers/site';

const browser = setUpBrowser();
let nginx: Awaited<ReturnType<typeof serveWithNginx>>;
beforeAll(async () => {
  nginx = await serveWithNginx(OUT);
});
afterAll(() => nginx?.stop());

// Headers that describe the connection or the file's bytes, which two servers may send differently.
const TRANSPORT = new Set([
  'date',
  'server',
  'connection',
  'keep-alive',
  'etag',
  'last-modified',
  'accept-ranges',
  'content-length',
  'content-disposition',
  'transfer-encoding',
  'content-encoding',
  'vary',
]);

async function policyHeaders(url: string) {
  const response = await fetch(url, { redirect: 'manual' });
  await response.arrayBuffer();
  const headers = [...response.headers].filter(([name]) => !TRANSPORT.has(name));
  return {
    status: response.status,
    headers: Object.fromEntries(headers.map(([name, value]) => [name, value.replace(/; charset=utf-8$/, '')])),
  };
}

const asset = (prefix: string) => `/${outFiles(OUT).find((file) => file.startsWith(prefix))}`;

describe('out/ served by nginx with the include file the build wrote', () => {
  it('shows the article with its stylesheet and no Content-Security-Policy violation', async () => {
    const page = await browser.open();
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { violations: string[] }).violations ??= [];
        (window as unknown as { violations: string[] }).violations.push(event.violatedDirective);
      });
    });
    await page.goto(`${nginx.origin}${ARTICLE_PATH}`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])).toEqual([]);
    // Styled: the inline stylesheet was allowed, so the body has the site's serif, not the browser's default.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Charter');
    await page.context().close();
  });

  it.each([
    ARTICLE_PATH,
    '/',
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/sitemap.xml',
    '/no-such-page/',
    '/_headers',
    '/_nginx.conf',
    asset('qr/'),
    asset('og/'),
  ])('sends %s with the status and every header npm start sends', async (pathname) => {
    const [fromNginx, fromNode] = await Promise.all([
      policyHeaders(`${nginx.origin}${pathname}`),
      policyHeaders(realSiteUrl(pathname)),
    ]);
    expect(fromNginx).toEqual(fromNode);
  });
});
