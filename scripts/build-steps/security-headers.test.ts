import { describe, expect, it } from 'vitest';
import { securityHeaders, siteFileHeaders } from './security-headers.mjs';

describe('securityHeaders', () => {
  const headers = securityHeaders({ styleHashes: ["'sha256-abc='"], scriptHashes: ["'sha256-js='"], https: true });

  it('allows only the hashed inline script and the hashed inline stylesheet', () => {
    const csp = headers['Content-Security-Policy'];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'sha256-js=';");
    expect(securityHeaders({ styleHashes: [], https: false })['Content-Security-Policy']).toContain(
      "script-src 'none';",
    );
    expect(csp).toContain("style-src 'sha256-abc='");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain('upgrade-insecure-requests');
  });

  it('leaves upgrade-insecure-requests and HSTS out on plain http such as localhost', () => {
    const local = securityHeaders({ styleHashes: [], https: false });
    expect(local['Content-Security-Policy']).not.toContain('upgrade-insecure-requests');
    expect(local['Strict-Transport-Security']).toBeUndefined();
  });

  it('takes images from the site, and from the image service’s origin when one makes the photos', () => {
    expect(headers['Content-Security-Policy']).toContain("img-src 'self' data:;");
    expect(
      securityHeaders({ styleHashes: [], https: true, imageSources: ['https://images.example.org'] })[
        'Content-Security-Policy'
      ],
    ).toContain("img-src 'self' data: https://images.example.org;");
  });

  it('frames nothing unless a page names the players its embeds load, and then only those', () => {
    expect(headers['Content-Security-Policy']).not.toContain('frame-src');
    const csp =
      securityHeaders({
        styleHashes: [],
        https: true,
        frameSources: ['https://www.youtube-nocookie.com', 'https://t.me', 'https://www.youtube-nocookie.com'],
      })['Content-Security-Policy'] ?? '';
    expect(csp).toContain("default-src 'none'; frame-src https://t.me https://www.youtube-nocookie.com;");
    expect(csp.match(/frame-src/g)).toHaveLength(1);
  });

  it('lets only the search page load a script from the site and compile WebAssembly, beside its own hashed script', () => {
    expect(headers['Content-Security-Policy']).not.toMatch(/'self' 'wasm-unsafe-eval'|unsafe-eval/);
    const csp =
      securityHeaders({ styleHashes: [], scriptHashes: ["'sha256-search='"], https: true, search: true })[
        'Content-Security-Policy'
      ] ?? '';
    expect(csp).toContain("script-src 'sha256-search=' 'self' 'wasm-unsafe-eval';");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain('worker-src');
  });

  it('sets the other protective headers', () => {
    expect(headers).toMatchObject({
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(headers['Permissions-Policy']).toContain('camera=()');
  });
});

describe('siteFileHeaders', () => {
  const files = siteFileHeaders(['/news/x/index.html', '/assets/enhance.abc.js', '/og/k.abc.png', '/feed.xml'], {
    security: { 'X-Content-Type-Options': 'nosniff' },
    contentTypes: { '/feed.xml': 'application/rss+xml' },
  });
  const headersOf = (path: string) => files.find((file) => file.path === path)?.headers;

  it('gives pages the policy and a short cache', () => {
    expect(headersOf('/news/x/index.html')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=300, must-revalidate',
    });
  });

  it('gives files whose names carry a hash a year-long immutable cache', () => {
    expect(headersOf('/assets/enhance.abc.js')?.['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersOf('/og/k.abc.png')?.['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });

  it('caches the search index’s hashed files for a year, and its script, entry and WebAssembly briefly', () => {
    const pagefind = siteFileHeaders(
      [
        '/pagefind/index/en_70dce04.pf_index',
        '/pagefind/fragment/en_ea4293a.pf_fragment',
        '/pagefind/pagefind.en_9da3a8d0e5.pf_meta',
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-entry.json',
        '/pagefind/wasm.en.pagefind',
      ],
      { security: {}, contentTypes: {} },
    );
    expect(pagefind.map((file) => file.headers['Cache-Control'])).toEqual([
      'public, max-age=31536000, immutable',
      'public, max-age=31536000, immutable',
      'public, max-age=31536000, immutable',
      'public, max-age=300, must-revalidate',
      'public, max-age=300, must-revalidate',
      'public, max-age=300, must-revalidate',
    ]);
  });

  it('serves each feed with its own media type', () => {
    expect(headersOf('/feed.xml')?.['Content-Type']).toBe('application/rss+xml');
  });
});

describe('siteFileHeaders for a page with embeds', () => {
  it('gives that page its own security headers and every other file the site’s', () => {
    const files = siteFileHeaders(['/news/video/index.html', '/news/x/index.html'], {
      security: { 'Content-Security-Policy': "default-src 'none'" },
      contentTypes: {},
      pageSecurity: {
        '/news/video/index.html': { 'Content-Security-Policy': "default-src 'none'; frame-src https://t.me" },
      },
    });
    expect(files.map((file) => file.headers['Content-Security-Policy'])).toEqual([
      "default-src 'none'; frame-src https://t.me",
      "default-src 'none'",
    ]);
  });
});
