import { describe, expect, it } from 'vitest';
import { setUpBrowser } from '../helpers/chromium';
import { pagePaths } from '../helpers/out';
import { ARTICLE_PATH, siteUrl } from '../helpers/site';

const browser = setUpBrowser();

describe('the security policy', () => {
  it('is sent with every page', async () => {
    const response = await fetch(siteUrl(ARTICLE_PATH));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
  });

  it.each(pagePaths())('is not violated by %s, with JavaScript on', async (path) => {
    const page = await browser.open();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
    const violations = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let count = 0;
          document.addEventListener('securitypolicyviolation', () => (count += 1));
          setTimeout(() => resolve(count), 100);
        }),
    );
    expect(violations).toBe(0);
    // The 404 page's own status is logged by Chromium as a failed resource load; nothing else may be.
    expect(problems.filter((text) => !/status of 404/.test(text))).toEqual([]);
    await page.context().close();
  });
});
