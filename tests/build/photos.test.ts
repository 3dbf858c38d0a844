// The photo fixture site's output (npm run build:photos): only derived photos, at the sizes the pages
// claim, with no metadata, and the photos in previews, structured data and feeds.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PHOTO_OUT, outFiles } from '../helpers/out';
import { builtOrigin } from '../helpers/site';

const ORIGINALS = path.resolve(import.meta.dirname, '../fixtures/photos/images');
// SITE_URL as the photo site's build read it, so the tests pass whatever the shell exports.
const ORIGIN = builtOrigin(PHOTO_OUT);
const escaped = ORIGIN.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
/** An absolute address on the photo site: `pattern` is a regular expression source for the path. */
const onSite = (pattern: string) => new RegExp(`^${escaped}${pattern}$`);
const SEED = 'news/seed-with-lead-photo/index.html';
const ESSAY = 'news/river-tower-square-in-pictures/index.html';

const read = (file: string) => readFileSync(path.join(PHOTO_OUT, file));
const parse = (file: string) => fromHtml(read(file).toString('utf8'));

function elements(tree: Root | Element, tagName: string): Element[] {
  return tree.children.flatMap((child) =>
    child.type === 'element' ? [...(child.tagName === tagName ? [child] : []), ...elements(child, tagName)] : [],
  );
}
const meta = (tree: Root, key: string) =>
  elements(tree, 'meta')
    .filter((element) => (element.properties.property ?? element.properties.name) === key)
    .map((element) => String(element.properties.content));
const fileOf = (url: string) => decodeURIComponent(new URL(url, ORIGIN).pathname).slice(1);

describe('published photos', () => {
  const pages = outFiles(PHOTO_OUT).filter((file) => file.endsWith('.html'));
  const candidates = pages.flatMap((page) =>
    [...elements(parse(page), 'img'), ...elements(parse(page), 'source')].flatMap((element) =>
      String(element.properties.srcSet ?? '')
        .split(', ')
        .filter(Boolean)
        .map((candidate) => {
          const [url = '', width = ''] = candidate.split(' ');
          return { page, url, width: Number(width.replace('w', '')) };
        }),
    ),
  );

  it('are offered in srcsets on the article and list pages', () => {
    expect(new Set(candidates.map(({ page }) => page))).toEqual(
      new Set([
        'index.html',
        SEED,
        ESSAY,
        'topics/minsk/index.html',
        'authors/test-photographer/index.html',
        'topics/belarus/index.html',
        'topics/russia/index.html',
        'topics/nato/index.html',
        'topics/defence/index.html',
        'topics/poland/index.html',
        'topics/inf-treaty/index.html',
        'authors/zmitser-mitskevich/index.html',
        // The month's list, and the related stories at the end of the article without a photo of its own
        // (published after the photo essay, which its related stories show).
        'archive/2018/10/index.html',
        'news/story-without-photo/index.html',
      ]),
    );
  });

  it('each decode at the width their srcset claims, as AVIF or JPEG', async () => {
    for (const { url, width } of new Map(candidates.map((c) => [c.url, c])).values()) {
      const decoded = await sharp(read(fileOf(url))).metadata();
      expect(decoded.width, url).toBe(width);
      expect(['heif', 'jpeg']).toContain(decoded.format);
    }
  });

  it('carry no EXIF, XMP or IPTC block, so no position, camera or source leaves the newsroom', async () => {
    const published = readdirSync(path.join(PHOTO_OUT, 'images'));
    expect(published.length).toBeGreaterThan(50);
    for (const name of published) {
      const decoded = await sharp(read(`images/${name}`)).metadata();
      expect([decoded.exif, decoded.xmp, decoded.iptc], name).toEqual([undefined, undefined, undefined]);
    }
  });

  it('never include an original, under any name', () => {
    const originals = readdirSync(ORIGINALS).map((name) => readFileSync(path.join(ORIGINALS, name)));
    const sizes = new Set(originals.map((bytes) => bytes.length));
    for (const file of outFiles(PHOTO_OUT)) {
      const bytes = read(file);
      if (sizes.has(bytes.length))
        expect(
          originals.some((original) => original.equals(bytes)),
          file,
        ).toBe(false);
    }
    expect(outFiles(PHOTO_OUT).filter((file) => /minsk-square\.jpg$|portrait-rotated\.jpg$/.test(file))).toEqual([]);
  });
});

describe('an article with a lead photo, as previews see it', () => {
  const tree = parse(SEED);

  it('shares the photo cut to 1200×630 with its description, on Open Graph and the Twitter card', async () => {
    const [image] = meta(tree, 'og:image');
    expect(image).toMatch(onSite('/images/minsk-square-share\\.[0-9a-f]{10}\\.jpg'));
    expect(meta(tree, 'og:image:width')).toEqual(['1200']);
    expect(meta(tree, 'og:image:height')).toEqual(['630']);
    expect(meta(tree, 'og:image:alt')).toEqual(['Sergei Shoigu and Andrei Ravkov shake hands in Minsk']);
    expect(meta(tree, 'twitter:image')).toEqual([image]);
    expect(meta(tree, 'twitter:image:alt')).toEqual(['Sergei Shoigu and Andrei Ravkov shake hands in Minsk']);
    const decoded = await sharp(read(fileOf(image!))).metadata();
    expect([decoded.format, decoded.width, decoded.height]).toEqual(['jpeg', 1200, 630]);
  });

  it('lets search engines show the photo large', () => {
    expect(meta(tree, 'robots')).toEqual(['max-image-preview:large']);
  });

  it('lists 16:9, 4:3 and 1:1 crops of at least 1200 px in its JSON-LD, with caption and credit', async () => {
    const script = elements(tree, 'script').find((element) => element.properties.type === 'application/ld+json');
    const data = JSON.parse(String((script?.children[0] as { value: string }).value));
    const images = data.image as {
      '@type': string;
      url: string;
      width: number;
      height: number;
      caption: string;
      creditText: string;
    }[];
    expect(images.map(({ width, height }) => width / height)).toEqual([1200 / 675, 1200 / 900, 1]);
    for (const image of images) {
      expect(image).toMatchObject({
        '@type': 'ImageObject',
        caption: "Russia's defence minister arrived in Minsk on Wednesday.",
        creditText: 'Belsat TV',
      });
      expect(image.width).toBeGreaterThanOrEqual(1200);
      const decoded = await sharp(read(fileOf(image.url))).metadata();
      expect([decoded.width, decoded.height]).toEqual([image.width, image.height]);
    }
  });

  it('keeps the headline card for an article without a photo', () => {
    const plain = parse('news/story-without-photo/index.html');
    expect(meta(plain, 'og:image')[0]).toMatch(/\/og\/ph-text\.[0-9a-f]{12}\.png$/);
  });
});

describe('feeds', () => {
  it('carry the lead photo as an RSS enclosure with its true length, an Atom enclosure link and a JSON Feed image', () => {
    const rss = read('feed.xml').toString('utf8');
    const enclosure = /<enclosure url="([^"]+)" length="(\d+)" type="image\/jpeg"\/>/.exec(rss);
    expect(enclosure?.[1]).toMatch(onSite('/images/minsk-square-1080\\.[0-9a-f]{10}\\.jpg'));
    expect(Number(enclosure?.[2])).toBe(read(fileOf(enclosure![1]!)).length);
    expect(read('atom.xml').toString('utf8')).toContain(
      `<link rel="enclosure" type="image/jpeg" length="${enclosure?.[2]}" href="${enclosure?.[1]}"/>`,
    );
    const json = JSON.parse(read('feed.json').toString('utf8')) as { items: { id: string; image?: string }[] };
    expect(json.items.find((item) => item.id.endsWith('/a/ph-seed/'))?.image).toBe(enclosure?.[1]);
    expect(json.items.find((item) => item.id.endsWith('/a/ph-text/'))?.image).toBeUndefined();
  });

  it('show body photos as plain images with absolute addresses', () => {
    const json = JSON.parse(read('feed.json').toString('utf8')) as { items: { id: string; content_html: string }[] };
    const essay = json.items.find((item) => item.id.endsWith('/a/ph-essay/'))?.content_html ?? '';
    const sources = [...essay.matchAll(/<img src="([^"]+)"/g)].map((match) => match[1]);
    expect(sources).toHaveLength(4);
    for (const source of sources) expect(source).toMatch(onSite('/images/[a-z0-9-]+\\.[0-9a-f]{10}\\.jpg'));
    expect(essay).not.toMatch(/srcset|<source|loading=/);
    expect(essay).toContain(
      '<figcaption>The Svislach in the morning. <span class="credit">Belsat TV</span></figcaption>',
    );
  });
});
