import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { jpegSize, pngSize, previewProblems, readHeadFacts } from './verify-previews.mjs';

function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

const outDir = mkdtempSync(path.join(tmpdir(), 'previews-'));
mkdirSync(path.join(outDir, 'og'));
writeFileSync(path.join(outDir, 'og', 'good.png'), png(1200, 630));
writeFileSync(path.join(outDir, 'og', 'small.png'), png(600, 315));

function page(origin: string, image = 'good.png', width = 1200, height = 630): string {
  return `<!doctype html><html><head><link rel="canonical" href="${origin}/news/x/">
<meta property="og:url" content="${origin}/news/x/"><meta property="og:image" content="${origin}/og/${image}">
<meta property="og:image:width" content="${width}"><meta property="og:image:height" content="${height}">
<meta name="twitter:image" content="${origin}/og/${image}">
<script type="application/ld+json">{"url":"${origin}/news/x/","image":["${origin}/og/${image}"],"isBasedOn":{"url":"https://belsat.eu/x/"}}</script></head><body></body></html>`;
}

const check = (html: string, siteUrl = 'https://news.example.org', requireCanonical = true) =>
  previewProblems({
    page: 'out/news/x/index.html',
    html,
    siteUrl,
    outDir,
    requireCanonical,
    imageSize: { width: 1200, height: 630 },
  });

describe('previewProblems', () => {
  it('accepts a page whose addresses are all absolute and on SITE_URL, with its image at 1200×630', () => {
    expect(check(page('https://news.example.org'))).toEqual([]);
  });

  it('accepts localhost URLs in a local build', () => {
    expect(check(page('http://localhost:3000'), 'http://localhost:3000')).toEqual([]);
  });

  it('refuses localhost URLs in a build for a real SITE_URL, naming each tag', () => {
    const problems = check(page('http://localhost:3000'));
    expect(problems).toContain(
      'out/news/x/index.html: og:image "http://localhost:3000/og/good.png" is not on SITE_URL https://news.example.org (it points at this machine); build it with absoluteUrl() from lib/urls.ts',
    );
    expect(problems.map((line) => line.split(' "')[0])).toEqual([
      'out/news/x/index.html: JSON-LD url',
      'out/news/x/index.html: JSON-LD image',
      'out/news/x/index.html: link rel=canonical',
      'out/news/x/index.html: og:url',
      'out/news/x/index.html: og:image',
      'out/news/x/index.html: twitter:image',
    ]);
  });

  it('refuses a relative canonical URL', () => {
    const html = page('https://news.example.org').replace('href="https://news.example.org/news/x/"', 'href="/news/x/"');
    expect(check(html)).toEqual([
      'out/news/x/index.html: link rel=canonical "/news/x/" is not an absolute URL; build it with absoluteUrl() from lib/urls.ts',
    ]);
  });

  it('refuses a page without a canonical URL when it needs one', () => {
    expect(check('<html><head></head></html>')).toEqual([
      'out/news/x/index.html: link rel=canonical is missing; give the page alternates.canonical in its metadata',
    ]);
    expect(check('<html><head></head></html>', 'https://news.example.org', false)).toEqual([]);
  });

  it('refuses a missing share image and one of the wrong size', () => {
    expect(check(page('https://news.example.org', 'gone.png'))).toEqual([
      'out/news/x/index.html: og:image "https://news.example.org/og/gone.png" has no file in out/ (/og/gone.png); check the image route\'s generateStaticParams and the photo step',
    ]);
    expect(check(page('https://news.example.org', 'small.png', 600, 315))).toEqual([
      'out/news/x/index.html: og:image is 600×315; share images must be 1200×630',
    ]);
    expect(check(page('https://news.example.org', 'small.png'))).toEqual([
      'out/news/x/index.html: og:image is 600×315 but the page declares 1200×630; make them agree',
    ]);
  });
});

describe('previewProblems with photos from an image service', () => {
  const service = 'https://images.example.org';
  /** A page whose share image and JSON-LD image are on the service, everything else on the site. */
  const servicePage = (width = 1200, height = 630) =>
    page('https://news.example.org', 'x.jpg', width, height).replaceAll(
      'https://news.example.org/og/x.jpg',
      `${service}/sig=/${width}x${height}/filters:format(jpeg)/x.jpg`,
    );
  const checkWith = (html: string, imageOrigin?: string) =>
    previewProblems({
      page: 'out/news/x/index.html',
      html,
      siteUrl: 'https://news.example.org',
      outDir,
      requireCanonical: true,
      imageSize: { width: 1200, height: 630 },
      ...(imageOrigin ? { imageOrigin } : {}),
    });

  it('accepts photos on the service, which has no file in out/, at the share size', () => {
    expect(checkWith(servicePage(), service)).toEqual([]);
    expect(checkWith(servicePage(600, 315), service)).toEqual([
      'out/news/x/index.html: og:image is 600×315; share images must be 1200×630',
    ]);
  });

  it('refuses photos on another origin, and the page’s own address on the service', () => {
    expect(checkWith(servicePage())).toContain(
      `out/news/x/index.html: og:image "${service}/sig=/1200x630/filters:format(jpeg)/x.jpg" is not on SITE_URL https://news.example.org; build it with absoluteUrl() from lib/urls.ts`,
    );
    const moved = servicePage().replace(
      '<link rel="canonical" href="https://news.example.org/news/x/">',
      `<link rel="canonical" href="${service}/news/x/">`,
    );
    expect(checkWith(moved, service)).toEqual([
      `out/news/x/index.html: link rel=canonical "${service}/news/x/" is not on SITE_URL https://news.example.org; build it with absoluteUrl() from lib/urls.ts`,
    ]);
  });
});

describe('readHeadFacts and pngSize', () => {
  it('does not count the original publisher’s URL as ours', () => {
    expect(readHeadFacts(page('https://a.example')).urls.map(({ url }) => url)).not.toContain('https://belsat.eu/x/');
  });
  it('reads a PNG’s size and refuses other bytes', () => {
    expect(pngSize(png(1200, 630))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });

  it('reads the size of a JPEG share photo, which carries other segments before its frame', async () => {
    const jpeg = await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#888' } })
      .jpeg({ progressive: true })
      .withExif({ IFD0: { Copyright: 'x' } })
      .toBuffer();
    expect(jpegSize(jpeg)).toEqual({ width: 1200, height: 630 });
    expect(jpegSize(new Uint8Array([0xff, 0xd8, 0xff]))).toBeUndefined();
  });
});
