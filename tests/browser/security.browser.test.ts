import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../../scripts/site-server.mjs';
import { setUpBrowser } from '../helpers/chromium';
import { SITE_OUT, pagePaths } from '../helpers/out';
import { ARTICLE_PATH, siteUrl } from '../helpers/site';

const browser = setUpBrowser();

/**
 * Every Content-Security-Policy violation a page causes while it loads and settles, each as its
 * directive and what it blocked. The listener is in place before the page's first byte is parsed.
 */
async function violationsOn(url: string): Promise<string[]> {
  const page = await browser.open();
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.context().close();
  return violations;
}

describe('the security policy', () => {
  it('is sent with every page', async () => {
    const response = await fetch(siteUrl(ARTICLE_PATH));
    const csp = response.headers.get('content-security-policy') ?? '';
    // The enhancement script's hash, and a live story's script's (every page gets the one site-wide policy).
    expect(csp).toMatch(/script-src( 'sha256-[A-Za-z0-9+/]+=*')+;/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
  });

  it.each(pagePaths())('is not violated by %s, with JavaScript on', async (pathname) => {
    expect(await violationsOn(siteUrl(pathname))).toEqual([]);
  });
});

describe('the check above, on pages with a planted violation', () => {
  // A copy of the built site, served with its own _headers, whose article has one thing added.
  let dir: string;
  let origin: string;
  let close: () => void;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'planted-'));
    cpSync(SITE_OUT, dir, { recursive: true });
    const started = await listen(dir, 0);
    origin = started.origin;
    close = () => started.server.close();
  });
  afterAll(() => {
    close?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['an inline script', '<script>document.title = "ran"</script>', 'script-src-elem blocked inline'],
    ['an inline style', '<style>body { color: red }</style>', 'style-src-elem blocked inline'],
    [
      'a request to another site',
      '<img src="https://tracker.example/pixel.gif" alt="">',
      'img-src blocked https://tracker.example/pixel.gif',
    ],
    [
      'a frame',
      '<iframe src="https://video.example/embed" title="x"></iframe>',
      'frame-src blocked https://video.example',
    ],
  ])('reports %s', async (_, markup, expected) => {
    const file = path.join(dir, ARTICLE_PATH, 'index.html');
    const original = readFileSync(path.join(SITE_OUT, ARTICLE_PATH, 'index.html'), 'utf8');
    writeFileSync(file, original.replace('</main>', `${markup}</main>`));
    expect(await violationsOn(`${origin}${ARTICLE_PATH}`)).toEqual([expected]);
  });
});
