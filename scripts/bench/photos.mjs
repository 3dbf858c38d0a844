// @ts-check
// Photos in `npm run bench`: the seed article with a real 2400×1600 lead photo against the same article
// without one and a bare hand-written page, what a phone and a desktop download for each (and the SSIM of
// the lead photo file they fetched), and the build of an archive whose every story has its own photo,
// with an empty and a full image cache.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { listen } from '../site-server.mjs';
import { writeOriginals } from './originals.mjs';
import { ssimOf } from './ssim.mjs';
import { CACHES } from './scale.mjs';
import { PHOTOS } from './wallpapers.mjs';
import { chrome, lighthouseMedian, measuredBuild, outDir, root, timedBuild } from './measure.mjs';

/** The photo the seed's lead photo is cut from (boats on a lake at sunset): original 0 of originals.mjs. */
export const LEAD_PHOTO = PHOTOS[0] ?? '';

/** How many stories, each with its own photo, the archive build has (BENCH_PHOTO_STORIES, default 1,000). */
const STORIES = Number(process.env.BENCH_PHOTO_STORIES ?? 1000);

function seedText() {
  const name = readdirSync(path.join(root, 'content')).find((file) => file.endsWith('.md'));
  if (!name) throw new Error('content/ has no article to copy');
  return readFileSync(path.join(root, 'content', name), 'utf8');
}

/** Copies content/'s registries (the seed's author and topics) into `dir`. @param {string} dir */
function copyRegistries(dir) {
  for (const name of ['authors.yml', 'topics.yml'])
    copyFileSync(path.join(root, 'content', name), path.join(dir, name));
}

/**
 * The seed as a new article: another id and slug, and front matter lines added before `source:`.
 * @param {string} seed @param {{ id: string, slug: string, published?: string, extra?: string }} fields
 */
function seedCopy(seed, { id, slug, published = '2018-10-24', extra = '' }) {
  return seed
    .replace(/^id: .*$/m, `id: ${id}`)
    .replace(/^slug: .*$/m, `slug: ${slug}`)
    .replace(/^published: .*$/m, `published: ${published}`)
    .replace(/^aliases:\n(  - .*\n)+/m, '')
    .replace(/^source:$/m, `${extra}source:`);
}

const imageBlock = (/** @type {string} */ src) =>
  `image:\n  src: ${src}\n  alt: Wooden rowing boats on a lake shore at sunset\n  caption: Boats on the shore at dusk.\n  credit: KDE wallpapers\n`;

/** The screens the photo pages are measured on. */
const SCREENS = [
  { name: 'phone 2×', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true },
  { name: 'phone 3×', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true },
  { name: 'desktop 1×', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false },
  { name: 'desktop 2×', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2, isMobile: false },
];

/**
 * What a screen downloads for a page, in bytes on the wire, with the images it picked.
 * @param {import('playwright-core').Browser} browser @param {string} url @param {(typeof SCREENS)[number]} screen
 */
async function download(browser, url, screen) {
  const context = await browser.newContext({
    viewport: screen.viewport,
    deviceScaleFactor: screen.deviceScaleFactor,
    isMobile: screen.isMobile,
    hasTouch: screen.isMobile,
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const measured = await page.evaluate(() => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    return {
      bytes: entries.reduce((sum, entry) => sum + /** @type {PerformanceResourceTiming} */ (entry).transferSize, 0),
      images: performance
        .getEntriesByType('resource')
        .filter((entry) => /** @type {PerformanceResourceTiming} */ (entry).initiatorType === 'img')
        .map((entry) => ({
          file: new URL(entry.name).pathname.split('/').pop() ?? '',
          bytes: /** @type {PerformanceResourceTiming} */ (entry).transferSize,
        })),
    };
  });
  await context.close();
  return measured;
}

/**
 * The SSIM of a published photo file against the lead original cut to the same size without loss.
 * @param {string} file name in out/images/ @param {Buffer} original
 */
async function servedSsim(file, original) {
  const served = await sharp(path.join(outDir, 'images', file))
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Cut by width, as the build cuts it: 1600 px of a 2400×1600 photo is 1066.7 px high, rounded to 1067.
  const reference = await sharp(original)
    .resize({ width: served.info.width })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return ssimOf(served, reference);
}

/** A hand-written page of the seed: the article's words in plain HTML, one request (no favicon), nothing else. */
function barePage(/** @type {string} */ seed) {
  const escape = (/** @type {string} */ text) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const headline = /^headline: (.*)$/m.exec(seed)?.[1] ?? '';
  const standfirst = /^standfirst: (.*)$/m.exec(seed)?.[1] ?? '';
  const body = seed.split(/\n---\n/)[1] ?? '';
  const paragraphs = body
    .trim()
    .split(/\n\n+/)
    .map((/** @type {string} */ block) =>
      block.startsWith('> ') ? `<blockquote><p>${escape(block.slice(2))}</p></blockquote>` : `<p>${escape(block)}</p>`,
    );
  return `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${escape(headline)}</title><meta name="description" content="${escape(standfirst)}"><h1>${escape(headline)}</h1><p>${escape(standfirst)}</p>${paragraphs.join('')}</html>\n`;
}

/** The image step's own line in a build's log: originals, files encoded and reused, seconds. @param {string} output */
function photoStep(output) {
  const match =
    /^Photos: (\d+) originals, (\d+) files encoded, (\d+) reused from the cache, in ([\d.]+) s \(([\d.]+) s of CPU\)\.$/m.exec(
      output,
    );
  if (!match) throw new Error(`the build printed no "Photos:" line:\n${output}`);
  const [originals, encoded, reused, seconds, cpuSeconds] = match.slice(1).map(Number);
  return {
    originals: originals ?? 0,
    encoded: encoded ?? 0,
    reused: reused ?? 0,
    seconds: seconds ?? 0,
    cpuSeconds: cpuSeconds ?? 0,
  };
}

/** The photo benchmarks; every page is measured from the same build and server. */
export async function benchPhotos() {
  const seed = seedText();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-photo-'));
  const [leadFile = ''] = await writeOriginals(path.join(dir, 'images'), 1, () => 'lead.jpg');
  const lead = readFileSync(leadFile);
  copyRegistries(dir);
  writeFileSync(
    path.join(dir, 'with-photo.md'),
    seedCopy(seed, { id: 'photo1', slug: 'with-photo', extra: imageBlock('images/lead.jpg') }),
  );
  writeFileSync(
    path.join(dir, 'without-photo.md'),
    seedCopy(seed, { id: 'text1', slug: 'without-photo', published: '2018-10-23' }),
  );
  timedBuild({ CONTENT_DIR: dir });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, 'bare'));
  writeFileSync(path.join(outDir, 'bare', 'index.html'), barePage(seed));

  const { server, origin } = await listen(outDir, 0);
  const browser = await chromium.launch({
    executablePath: chrome,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const pages = [
    { name: 'article with a 2400×1600 lead photo', path: '/news/with-photo/' },
    { name: 'article without a photo', path: '/news/without-photo/' },
    { name: 'bare hand-written page', path: '/bare/' },
  ];
  const rows = [];
  for (const page of pages) {
    console.log(`Photos: ${page.name}`);
    const lh = await lighthouseMedian(`${origin}${page.path}`);
    const screens = [];
    for (const screen of SCREENS) {
      const { bytes, images } = await download(browser, `${origin}${page.path}`, screen);
      const fetched = await Promise.all(
        images.map(async (image) => ({ ...image, ssim: await servedSsim(image.file, lead) })),
      );
      screens.push({ screen: screen.name, bytes, images: fetched });
    }
    rows.push({ ...page, lh, screens });
  }
  await browser.close();
  server.close();

  // An archive whose every story has its own photo: a cold build derives every one, a warm one reuses the cache.
  const archive = mkdtempSync(path.join(os.tmpdir(), `bench-photos-${STORIES}-`));
  await writeOriginals(path.join(archive, 'images'), STORIES);
  copyRegistries(archive);
  for (let i = 0; i < STORIES; i += 1) {
    const day = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(
      path.join(archive, `photo-article-${i}.md`),
      seedCopy(seed, {
        id: `ph${i}`,
        slug: `photo-article-${i}`,
        published: day,
        extra: imageBlock(`images/photo-${i}.jpg`),
      }),
    );
  }
  for (const cache of CACHES) rmSync(path.join(root, cache), { recursive: true, force: true });
  console.log(`Photos: ${STORIES} stories, each with its own photo, clean…`);
  const clean = await measuredBuild({ CONTENT_DIR: archive });
  console.log(`Photos: ${STORIES} stories, again with every cache full…`);
  const warm = await measuredBuild({ CONTENT_DIR: archive });
  rmSync(archive, { recursive: true, force: true });
  const figures = (/** @type {Awaited<ReturnType<typeof measuredBuild>>} */ build) => ({
    seconds: build.seconds,
    cpuSeconds: build.cpuSeconds,
    peakBytes: build.peakBytes,
    photos: photoStep(build.output),
  });
  return { rows, clean: figures(clean), warm: figures(warm), stories: STORIES, photo: LEAD_PHOTO };
}

/** The photo section of BENCHMARKS.md. @param {Awaited<ReturnType<typeof benchPhotos>>} figures */
export function photoReport({ rows, clean, warm, stories, photo }) {
  const [withPhoto, withoutPhoto, bare] = rows;
  const ratio = withoutPhoto?.lh && bare?.lh ? (withoutPhoto.lh.lcpMs / bare.lh.lcpMs).toFixed(2) : '?';
  const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const fetched = (/** @type {{ file: string, bytes: number, ssim: number }[]} */ images) =>
    images.map((image) => `${image.file} (${image.bytes} B, SSIM ${image.ssim.toFixed(4)})`).join(', ') || '–';
  const gib = (/** @type {number} */ bytes) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
  return `## Photos

The seed article with a 2400×1600 lead photo cut from a real photograph (\`${photo}\`, from Debian's
plasma-workspace-wallpapers: boats on a lake at sunset, detail and smooth sky), beside the same article
without a photo and a bare hand-written page of the same words (one request, no CSS), all served by
\`npm start\`'s server in one run. Each screen's download is every byte on the wire for the page; the
SSIM of each photo it fetched is against the original cut to the same size without loss.

| page | Lighthouse P / A / BP / SEO | LCP | CLS | requests |
| --- | --- | ---: | ---: | ---: |
${rows.map((r) => `| ${r.name} \`${r.path}\` | ${r.lh?.scores ?? '–'} | ${r.lh?.lcpMs ?? '–'} ms | ${r.lh?.cls ?? '–'} | ${r.lh?.requests ?? '–'} |`).join('\n')}

| page | screen | downloads | photo it fetched |
| --- | --- | ---: | --- |
${rows.flatMap((r) => r.screens.map((s) => `| ${r.name} | ${s.screen} | ${kb(s.bytes)} | ${fetched(s.images)} |`)).join('\n')}

LCP of the article without a photo against the bare page: ${ratio}×. The article with a photo: LCP ${withPhoto?.lh?.lcpMs ?? '?'} ms.

${stories} stories, each with its own 2400×1600 lead photo (\`scripts/bench/originals.mjs\`: cut from eleven real
photographs), the seed's words in each:

| build | wall | CPU (all processes) | peak memory (all processes) | photos encoded / reused | image step: wall (CPU) | per photo: wall (CPU) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| clean (every cache empty) | ${clean.seconds.toFixed(1)} s | ${clean.cpuSeconds.toFixed(0)} s | ${gib(clean.peakBytes)} | ${clean.photos.encoded} / ${clean.photos.reused} | ${clean.photos.seconds.toFixed(1)} s (${clean.photos.cpuSeconds.toFixed(0)} s) | ${(clean.photos.seconds / stories).toFixed(3)} s (${(clean.photos.cpuSeconds / stories).toFixed(3)} s) |
| again, every cache full | ${warm.seconds.toFixed(1)} s | ${warm.cpuSeconds.toFixed(0)} s | ${gib(warm.peakBytes)} | ${warm.photos.encoded} / ${warm.photos.reused} | ${warm.photos.seconds.toFixed(1)} s (${warm.photos.cpuSeconds.toFixed(0)} s) | – |

The clean build spends ${((clean.seconds - warm.seconds) / stories).toFixed(3)} s per photographed story more than the full-cache one
(photos, and the pages Next renders again). The image step, ${(clean.photos.seconds / stories).toFixed(3)} s per photo on this machine's
${os.availableParallelism()} cores (${(clean.photos.cpuSeconds / stories).toFixed(3)} s of CPU, which other people's builds on the machine disturb less), is
paid once per original and never again while it and the deriving code are unchanged.
`;
}
