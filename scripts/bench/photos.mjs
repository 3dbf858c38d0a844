// @ts-check
// Photos in `npm run bench`: the seed article with a real 2400×1600 lead photo against the same article
// without one and a bare hand-written page, what a phone downloads for each, and the build of 100
// photographed articles with an empty and a full image cache.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { listen } from '../site-server.mjs';
import { PHOTOS } from './wallpapers.mjs';
import { chrome, lighthouseMedian, outDir, root, timedBuild } from './measure.mjs';

/** The photo the seed's lead photo is cut from (boats on a lake at sunset). */
export const LEAD_PHOTO = PHOTOS[0] ?? '';

function requirePhotos() {
  if (!existsSync(LEAD_PHOTO))
    throw new Error(
      `${LEAD_PHOTO} is missing: the photo benchmarks use real photographs from Debian's wallpapers. Install them with: sudo apt-get install -y plasma-workspace-wallpapers`,
    );
}

function seedText() {
  const name = readdirSync(path.join(root, 'content')).find((file) => file.endsWith('.md'));
  if (!name) throw new Error('content/ has no article to copy');
  return readFileSync(path.join(root, 'content', name), 'utf8');
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

/** A distinct 2400×1600 camera-sized JPEG cut from one of the real photographs. @param {number} index */
async function distinctPhoto(index) {
  const photo = PHOTOS[index % PHOTOS.length] ?? LEAD_PHOTO;
  const left = (Math.floor(index / PHOTOS.length) * 13) % 160;
  const image = sharp(photo).extract({
    left,
    top: 0,
    width: 2400,
    height: 1600,
  });
  if (index % 2) image.flop();
  return image.jpeg({ quality: 90 }).toBuffer();
}

/**
 * What a phone downloads for a page, in bytes on the wire, with the images it picked.
 * @param {import('playwright-core').Browser} browser @param {string} url @param {number} deviceScaleFactor
 */
async function phoneDownload(browser, url, deviceScaleFactor) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
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
        .map(
          (entry) =>
            `${new URL(entry.name).pathname.split('/').pop()} (${/** @type {PerformanceResourceTiming} */ (entry).transferSize} B)`,
        ),
    };
  });
  await context.close();
  return measured;
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

/** The photo benchmarks; every page is measured from the same build and server. */
export async function benchPhotos() {
  requirePhotos();
  const seed = seedText();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-photo-'));
  mkdirSync(path.join(dir, 'images'));
  writeFileSync(
    path.join(dir, 'images', 'lead.jpg'),
    await sharp(LEAD_PHOTO).resize(2400, 1600, { fit: 'cover' }).jpeg({ quality: 90 }).toBuffer(),
  );
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
    const phone2 = await phoneDownload(browser, `${origin}${page.path}`, 2);
    const phone3 = await phoneDownload(browser, `${origin}${page.path}`, 3);
    rows.push({ ...page, lh, phone2, phone3 });
  }
  await browser.close();
  server.close();

  // 100 photographed articles: a cold build derives every photo, a warm one reuses the cache.
  const archive = mkdtempSync(path.join(os.tmpdir(), 'bench-photos-100-'));
  mkdirSync(path.join(archive, 'images'));
  for (let i = 1; i <= 100; i += 1) {
    writeFileSync(path.join(archive, 'images', `photo-${i}.jpg`), await distinctPhoto(i));
    const day = new Date(Date.UTC(2018, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
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
  rmSync(path.join(root, '.cache', 'images'), { recursive: true, force: true });
  console.log('Photos: 100 photographed articles, cold…');
  const cold = timedBuild({ CONTENT_DIR: archive });
  console.log('Photos: 100 photographed articles, warm…');
  const warm = timedBuild({ CONTENT_DIR: archive });
  rmSync(archive, { recursive: true, force: true });
  return { rows, cold, warm, photo: LEAD_PHOTO };
}

/**
 * The photo section of BENCHMARKS.md.
 * @param {Awaited<ReturnType<typeof benchPhotos>>} figures
 */
export function photoReport({ rows, cold, warm, photo }) {
  const [withPhoto, withoutPhoto, bare] = rows;
  const ratio = withoutPhoto?.lh && bare?.lh ? (withoutPhoto.lh.lcpMs / bare.lh.lcpMs).toFixed(2) : '?';
  const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  return `## Photos

The seed article with a 2400×1600 lead photo cut from a real photograph (\`${photo}\`, from Debian's
plasma-workspace-wallpapers: boats on a lake at sunset, detail and smooth sky), beside the same article
without a photo and a bare hand-written page of the same words (one request, no CSS), all served by
\`npm start\`'s server in one run.

| page | Lighthouse P / A / BP / SEO | LCP | CLS | requests | a 390 px phone at 2× downloads | at 3× | photo it fetched (3×) |
| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |
${rows
  .map(
    (r) =>
      `| ${r.name} \`${r.path}\` | ${r.lh?.scores ?? '–'} | ${r.lh?.lcpMs ?? '–'} ms | ${r.lh?.cls ?? '–'} | ${r.lh?.requests ?? '–'} | ${kb(r.phone2.bytes)} | ${kb(r.phone3.bytes)} | ${r.phone3.images.join(', ') || '–'} |`,
  )
  .join('\n')}

LCP of the article without a photo against the bare page: ${ratio}×. The article with a photo: LCP ${withPhoto?.lh?.lcpMs ?? '?'} ms.

Building 100 articles, each with its own 2400×1600 lead photo (cut from eight real photographs): ${cold.toFixed(1)} s
with an empty image cache (every photo derived: 22 files each), ${warm.toFixed(1)} s again with the cache full
(nothing encoded): a cold encode costs ${(cold - warm) / 100 >= 0 ? ((cold - warm) / 100).toFixed(2) : '?'} s per distinct photo on this machine, paid once per photo,
never again while its original is unchanged. The generated archives above reuse eight photographs, so their
clean builds encode eight; an archive of distinct photos adds that much per photo to its first build.
`;
}
