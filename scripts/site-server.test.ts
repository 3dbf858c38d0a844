import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from './site-server.mjs';

let dir: string;
let origin: string;
let close: () => void;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'site-server-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Home</title><p>Home</p>');
  writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>Not found</title><p>We can’t find that page</p>');
  writeFileSync(path.join(dir, 'feed.xml'), '<rss version="2.0"></rss>');
  writeFileSync(path.join(dir, '_headers'), "/*\n  Content-Security-Policy: style-src 'sha256-first'\n");
  const started = await listen(dir, 0);
  origin = started.origin;
  close = () => started.server.close();
});
afterAll(() => close?.());

describe('the site server', () => {
  it('serves the headers a new build writes, without a restart', async () => {
    const before = await fetch(`${origin}/`);
    expect(before.headers.get('content-security-policy')).toBe("style-src 'sha256-first'");
    writeFileSync(path.join(dir, '_headers'), "/*\n  Content-Security-Policy: style-src 'sha256-second'\n");
    const after = await fetch(`${origin}/`);
    expect(after.headers.get('content-security-policy')).toBe("style-src 'sha256-second'");
  });

  it('answers an unknown path with the site’s 404 page and status 404, and never serves _headers', async () => {
    for (const pathname of ['/no-such-page/', '/_headers']) {
      const response = await fetch(`${origin}${pathname}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('We can’t find that page');
    }
  });

  it('sends a feed with the media type _headers gives it, not the one its file name suggests', async () => {
    writeFileSync(path.join(dir, '_headers'), '/feed.xml\n  Content-Type: application/rss+xml\n');
    const response = await fetch(`${origin}/feed.xml`);
    expect(response.headers.get('content-type')).toBe('application/rss+xml');
    expect(await response.text()).toBe('<rss version="2.0"></rss>');
  });

  it('sends a missing page’s 404 with the headers of the 404 page it shows', async () => {
    writeFileSync(path.join(dir, '_headers'), '/404.html\n  X-Robots-Tag: noindex\n');
    const response = await fetch(`${origin}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
  });
});
