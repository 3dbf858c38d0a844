// Photos from an image service (IMAGE_SERVICE=thumbor), against the real Thumbor: the photo fixture site
// built in service mode, its originals copied by `npm run copy-originals`, Thumbor started on a free
// port with EXIF preserved by its own settings (so only the URLs' filters can strip it), and the pages
// read in Chromium on a phone and a desktop. Runs in its own vitest project (`service`), before the site
// is built for the browser tests, because every build exports through out/.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { thumborSignature } from '../../lib/images/thumbor';
import { listen } from '../../scripts/site-server.mjs';
import { SECRET_GPS, SECRET_IPTC_TEXT, SECRET_SERIAL, SECRET_XMP_TEXT } from '../helpers/camera-photos';
import { launchChromium } from '../helpers/chromium';
import { outFiles, PHOTO_OUT } from '../helpers/out';
import { builtOrigin } from '../helpers/site';
import { type RunningThumbor, startThumbor, thumborCommand } from '../helpers/thumbor';

const root = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(root, 'out-thumbor');
const CONTENT = path.join(root, 'tests/fixtures/photos');
const SEED = '/news/seed-with-lead-photo/';
const ESSAY = '/news/river-tower-square-in-pictures/';
const KEY = randomBytes(24).toString('base64url');

let thumbor: RunningThumbor;
let originals: string;
let site: { origin: string; close: () => void };
let browser: Browser;

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

// A missing Thumbor (or a failed build) fails every test below with its message, rather than skipping them.
let setupError: unknown;
beforeEach(() => {
  if (setupError) throw setupError;
});

beforeAll(async () => {
  try {
    await setUp();
  } catch (error) {
    setupError = error;
  }
}, 900_000);

async function setUp() {
  thumborCommand();
  run(['--import', 'tsx', 'tests/fixtures/make-photos.ts', path.join(CONTENT, 'images')]);
  originals = mkdtempSync(path.join(os.tmpdir(), 'thumbor-originals-'));
  run(['--import', 'tsx', 'scripts/copy-originals.ts', originals], { CONTENT_DIR: CONTENT });
  thumbor = await startThumbor(originals, KEY, { PRESERVE_EXIF_INFO: 'True' });
  run([path.join(root, 'scripts/build.mjs')], {
    CONTENT_DIR: CONTENT,
    OUT_DIR: OUT,
    IMAGE_SERVICE: 'thumbor',
    THUMBOR_URL: thumbor.origin,
    THUMBOR_SECURITY_KEY: KEY,
  });
  const served = await listen(OUT, 0);
  site = { origin: served.origin, close: () => served.server.close() };
  // Lazy images load 1,250 px ahead on 4G; a busy machine's estimate would wander.
  browser = await launchChromium(['--force-effective-connection-type=4G']);
}

afterAll(async () => {
  await browser?.close();
  site?.close();
  await thumbor?.stop();
  if (originals) rmSync(originals, { recursive: true, force: true });
});

// --- What the build wrote -------------------------------------------------------------------------

function elements(tree: Root | Element, tagName: string): Element[] {
  return tree.children.flatMap((child) =>
    child.type === 'element' ? [...(child.tagName === tagName ? [child] : []), ...elements(child, tagName)] : [],
  );
}
const pages = () => outFiles(OUT).filter((file) => file.endsWith('.html'));
const html = (file: string, dir = OUT) => fromHtml(readFileSync(path.join(dir, file), 'utf8'));
const candidates = (srcset: unknown) =>
  String(srcset ?? '')
    .split(', ')
    .filter(Boolean)
    .map((candidate) => candidate.split(' ')[0] ?? '');

/** Every photo URL the site's pages and feeds name, by where it is named. */
function namedUrls(): Record<string, string[]> {
  const found: Record<string, string[]> = { srcset: [], share: [], structured: [], thumbnail: [], feed: [] };
  for (const page of pages()) {
    const tree = html(page);
    // Photos are the <img> and <source> of a <picture> (the print-only QR code is an <img> of its own).
    for (const element of elements(tree, 'picture').flatMap((picture) => [
      ...elements(picture, 'img'),
      ...elements(picture, 'source'),
    ])) {
      const urls = [
        ...candidates(element.properties.srcSet),
        ...(element.properties.src ? [String(element.properties.src)] : []),
      ];
      const inList = String(element.properties.sizes) === '8rem';
      (inList ? found.thumbnail : found.srcset)?.push(...urls);
    }
    for (const meta of elements(tree, 'meta'))
      if (['og:image', 'twitter:image'].includes(String(meta.properties.property ?? meta.properties.name))) {
        const url = String(meta.properties.content);
        // A page without a lead photo previews with its drawn card, on the site.
        if (!(url.startsWith(`${builtOrigin(OUT)}/`) && /\/(og|cards)\/[^/]+\.png$/.test(url))) found.share?.push(url);
      }
    for (const script of elements(tree, 'script').filter((s) => s.properties.type === 'application/ld+json')) {
      const data = JSON.parse(String((script.children[0] as { value: string }).value)) as { image?: unknown };
      for (const image of [data.image ?? []].flat())
        if (image && typeof image === 'object' && 'url' in image) found.structured?.push(String(image.url));
    }
  }
  const feed = (file: string) => readFileSync(path.join(OUT, file), 'utf8');
  const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1] ?? '');
  found.feed?.push(
    ...all(feed('feed.xml'), /<enclosure url="([^"]+)"/g),
    ...all(feed('atom.xml'), /<link rel="enclosure" type="image\/jpeg" href="([^"]+)"/g),
    ...(JSON.parse(feed('feed.json')) as { items: { image?: string }[] }).items.flatMap((item) =>
      item.image ? [item.image] : [],
    ),
  );
  return found;
}

const isPhotoFile = (file: string) => /\.(avif|webp|jpe?g)$/i.test(file);

/** What a service URL asks for: size, format, original. */
function asked(url: string) {
  const match = /^(https?:\/\/[^/]+)\/([^/]+)\/((\d+)x(\d+)\/.*filters:format\((avif|jpeg)\).*\/([^/]+))$/.exec(url);
  if (!match) throw new Error(`not a Thumbor URL for a size and format: ${url}`);
  const [, origin, signature, unsigned, width, height, format, name] = match;
  return { origin, signature, unsigned: unsigned ?? '', width: Number(width), height: Number(height), format, name };
}

/** Fetches a photo from the service and checks it is what its URL asks for; returns its decoded facts. */
async function checkServed(url: string, bytes?: Buffer) {
  const wanted = asked(url);
  let body = bytes;
  if (!body) {
    const response = await fetch(url);
    expect(response.status, url).toBe(200);
    expect(response.headers.get('content-type'), url).toBe(`image/${wanted.format}`);
    body = Buffer.from(await response.arrayBuffer());
  }
  const meta = await sharp(body).metadata();
  expect([meta.format, meta.width, meta.height], url).toEqual([
    wanted.format === 'avif' ? 'heif' : 'jpeg',
    wanted.width,
    wanted.height,
  ]);
  expect([meta.exif, meta.xmp, meta.iptc], url).toEqual([undefined, undefined, undefined]);
  const text = body.toString('latin1');
  for (const secret of [SECRET_SERIAL, SECRET_XMP_TEXT, SECRET_IPTC_TEXT, 'Canon', SECRET_GPS.latitude])
    expect(text, url).not.toContain(secret);
  return meta;
}

describe('the photo site built with IMAGE_SERVICE=thumbor', () => {
  it('publishes no photo file: no /images/ folder, no AVIF, WebP or JPEG anywhere', () => {
    expect(existsSync(path.join(OUT, 'images'))).toBe(false);
    expect(outFiles(OUT).filter(isPhotoFile)).toEqual([]);
  });

  it('names the service, signed with its key, for every srcset, share image, structured-data crop, thumbnail and feed enclosure', () => {
    const named = namedUrls();
    for (const [where, urls] of Object.entries(named)) {
      expect(urls.length, where).toBeGreaterThan(0);
      for (const url of urls) {
        const { origin, signature, unsigned } = asked(url);
        expect(origin, url).toBe(thumbor.origin);
        expect(signature, url).toBe(thumborSignature(unsigned, KEY));
      }
    }
    expect(named.share).toContainEqual(expect.stringMatching(/\/1200x630\/top\/filters:format\(jpeg\)/));
  });

  it('allows images from the service’s origin in its security policy, and no other', () => {
    const headers = readFileSync(path.join(OUT, '_headers'), 'utf8');
    const policies = [...headers.matchAll(/img-src ([^;]+);/g)].map((match) => match[1]);
    expect(policies.length).toBeGreaterThan(0);
    expect(new Set(policies)).toEqual(new Set([`'self' data: ${thumbor.origin}`]));
  });

  it('keeps the markup as it is with files: width and height, sizes, lazy loading, fetchpriority, alt', () => {
    if (!existsSync(path.join(PHOTO_OUT, 'index.html')))
      throw new Error('out-photos/ is not built: run "npm run build:photos" first (npm test does it for you).');
    const shape = (tree: Root) => [
      ...elements(tree, 'img').map(({ properties: p }) =>
        [p.width, p.height, p.sizes, p.loading, p.fetchPriority, p.decoding, p.alt].join('|'),
      ),
      ...elements(tree, 'source').map(({ properties: p }) => [p.type, p.sizes].join('|')),
    ];
    for (const page of [`${SEED.slice(1)}index.html`, `${ESSAY.slice(1)}index.html`, 'index.html'])
      expect(shape(html(page)), page).toEqual(shape(html(page, PHOTO_OUT)));
  });
});

describe('Thumbor serving the pages’ photos', () => {
  it('gives every photo the pages and feeds name at the size and format its URL asks for, never wider than the original, with no EXIF, XMP, IPTC or GPS', async () => {
    const urls = [...new Set(Object.values(namedUrls()).flat())];
    expect(urls.length).toBeGreaterThan(40);
    const sizes = new Map<string, { width: number; height: number }>();
    for (const name of readdirSync(originals)) {
      const meta = await sharp(path.join(originals, name)).metadata();
      const turned = (meta.orientation ?? 1) >= 5;
      sizes.set(name, {
        width: (turned ? meta.height : meta.width) ?? 0,
        height: (turned ? meta.width : meta.height) ?? 0,
      });
    }
    for (const url of urls) {
      const wanted = asked(url);
      const original = sizes.get(wanted.name ?? '');
      expect(original, url).toBeDefined();
      expect(wanted.width, url).toBeLessThanOrEqual(original?.width ?? 0);
      expect(wanted.height, url).toBeLessThanOrEqual(original?.height ?? 0);
      await checkServed(url);
    }
  }, 300_000);

  it('refuses a URL whose size was changed, whose signature is broken, missing or made with another key', async () => {
    const [url = ''] = namedUrls().share ?? [];
    expect((await fetch(url)).status).toBe(200);
    const { unsigned, signature = '' } = asked(url);
    const broken = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    for (const [what, changed] of [
      ['a changed size', url.replace('/1200x630/', '/2400x1260/')],
      ['a broken signature', url.replace(signature, broken)],
      ['no signature', `${thumbor.origin}/unsafe/${unsigned}`],
      ['another key', `${thumbor.origin}/${thumborSignature(unsigned, 'not-the-key')}/${unsigned}`],
    ] as const)
      expect((await fetch(changed)).status, what).toBe(400);
  });
});

// --- What readers get -----------------------------------------------------------------------------

const SCREENS = [
  {
    name: 'a 390 px phone at 2×',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    lead: 720,
  },
  {
    name: 'a 390 px phone at 3×',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    lead: 1080,
  },
  {
    name: 'a desktop at 1×',
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    isMobile: false,
    lead: 1080,
  },
  {
    name: 'a desktop at 2×',
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 2,
    isMobile: false,
    lead: 1600,
  },
] as const;

/** Opens `pathname` on `screen`, scrolls past every photo, and returns the photos fetched and the policy violations. */
async function read(pathname: string, screen: (typeof SCREENS)[number]) {
  const context = await browser.newContext({
    viewport: screen.viewport,
    deviceScaleFactor: screen.deviceScaleFactor,
    isMobile: screen.isMobile,
    hasTouch: screen.isMobile,
  });
  const page: Page = await context.newPage();
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  const fetched: Promise<{ url: string; status: number; type: string | null; body: Buffer }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'image')
      fetched.push(
        response.body().then((body) => ({
          url: response.url(),
          status: response.status(),
          type: response.headers()['content-type'] ?? null,
          body,
        })),
      );
  });
  await page.goto(new URL(pathname, site.origin).href, { waitUntil: 'networkidle' });
  // The reader scrolls to each photo and waits for it (lazy ones are fetched only then).
  for (const image of await page.locator('main picture img').all()) {
    await image.scrollIntoViewIfNeeded();
    const arrived = await image.evaluate(
      (img: HTMLImageElement) =>
        new Promise<string>((resolve) => {
          if (img.complete) resolve(img.naturalWidth > 0 ? 'loaded' : 'broken');
          img.addEventListener('load', () => resolve('loaded'), { once: true });
          img.addEventListener('error', () => resolve('broken'), { once: true });
          setTimeout(() => resolve('not fetched within 20 s'), 20_000);
        }),
    );
    expect(arrived, (await image.getAttribute('alt')) ?? '').toBe('loaded');
  }
  await page.waitForLoadState('networkidle');
  const images = await page.evaluate(() =>
    [...document.querySelectorAll('main picture img')].map((img) => ({
      src: (img as HTMLImageElement).currentSrc,
      complete: (img as HTMLImageElement).complete,
      width: (img as HTMLImageElement).naturalWidth,
    })),
  );
  await context.close();
  return { responses: await Promise.all(fetched), images, violations };
}

describe.each(SCREENS)('on $name', (screen) => {
  it.each([SEED, ESSAY, '/'])(
    'loads every photo of %s from the service at the size and format asked for, with no policy violation',
    async (pathname) => {
      const { responses, images, violations } = await read(pathname, screen);
      expect(violations).toEqual([]);
      expect(images.length).toBeGreaterThan(0);
      // Every photo on the page arrived, from the service.
      expect(
        images.filter((image) => !image.src.startsWith(`${thumbor.origin}/`) || !image.complete || image.width === 0),
      ).toEqual([]);
      const photos = responses.filter((response) => !response.url.startsWith('data:'));
      expect(photos.length).toBeGreaterThanOrEqual(images.length);
      for (const response of photos) {
        expect(response.url.startsWith(`${thumbor.origin}/`), response.url).toBe(true);
        expect(response.status, response.url).toBe(200);
        expect(response.type, response.url).toBe(`image/${asked(response.url).format}`);
        await checkServed(response.url, response.body);
      }
      // Every browser here takes AVIF: the lead photo is the AVIF of the width its srcset and sizes pick.
      if (pathname === SEED) {
        const leads = photos.filter((response) => response.url.includes('minsk-square'));
        expect(leads.map((response) => [asked(response.url).format, asked(response.url).width])).toEqual([
          ['avif', screen.lead],
        ]);
      }
    },
    120_000,
  );
});
