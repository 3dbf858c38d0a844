import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cameraJpeg,
  SECRET_GPS,
  SECRET_IPTC_TEXT,
  SECRET_SERIAL,
  SECRET_XMP_TEXT,
} from '../../tests/helpers/camera-photos';
import { DERIVING_MODULES, deriveImages, derivingCodeHash, inspectImage } from './derive-images';
import { fileStem } from './image-source';
import type { ImageCatalog, ImageFile } from './image-catalog';

let dir: string;
let cacheDir: string;
let outDir: string;
let catalog: ImageCatalog;
let firstRun: { encoded: number; reused: number };

const request = (name: string, lead: boolean) => ({
  src: `images/${name}`,
  file: path.join(dir, 'images', name),
  focuses: lead ? (['center'] as const) : [],
});

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'derive-'));
  cacheDir = path.join(dir, 'cache');
  outDir = path.join(dir, 'out');
  mkdirSync(path.join(dir, 'images'));
  writeFileSync(path.join(dir, 'images', 'square.jpg'), await cameraJpeg(2400, 1600, 1));
  // Stored sideways as a phone stores a portrait, with EXIF orientation 6.
  writeFileSync(path.join(dir, 'images', 'Phone Portrait.JPG'), await cameraJpeg(1800, 1200, 2, 6));
  writeFileSync(path.join(outDir + '-stale.txt'), '');
  mkdirSync(outDir);
  writeFileSync(path.join(outDir, 'left-over.jpg'), 'from an earlier build');
  const result = await deriveImages([request('square.jpg', true), request('Phone Portrait.JPG', false)], {
    cacheDir,
    outDir,
  });
  catalog = result.catalog;
  firstRun = result;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const allFiles = (): ImageFile[] =>
  Object.values(catalog).flatMap((entry) => [
    ...Object.values(entry.sources).flat(),
    ...Object.values(entry.leads).flatMap((cuts) => [
      ...Object.values(cuts.crops),
      ...Object.values(cuts.thumbs).flat(),
    ]),
  ]);

describe('deriveImages', () => {
  it('publishes only what it derived: every file in the catalogue, nothing else in the folder', () => {
    const published = readdirSync(outDir).sort();
    expect(published).toEqual(
      allFiles()
        .map((file) => path.basename(file.path))
        .sort(),
    );
    expect(published).not.toContain('left-over.jpg');
    expect(published.some((name) => name.startsWith('square.') || name === 'Phone Portrait.JPG')).toBe(false);
  });

  it('names every file with a hash of its bytes, so a CDN may cache it for a year', () => {
    for (const file of allFiles()) expect(path.basename(file.path)).toMatch(/^[a-z0-9-]+\.[0-9a-f]{10}\.(avif|jpg)$/);
  });

  it('makes files that decode at the size the catalogue (and so srcset) claims, in the format their name says', async () => {
    for (const file of allFiles()) {
      const meta = await sharp(readFileSync(path.join(outDir, path.basename(file.path)))).metadata();
      expect([meta.width, meta.height], file.path).toEqual([file.width, file.height]);
      const extension = path.extname(file.path).slice(1);
      expect(meta.format).toBe({ avif: 'heif', jpg: 'jpeg' }[extension]);
    }
  });

  it('strips every metadata block: no EXIF (GPS, serial number), XMP, IPTC, whatever the original carried', async () => {
    for (const file of allFiles()) {
      const bytes = readFileSync(path.join(outDir, path.basename(file.path)));
      const meta = await sharp(bytes).metadata();
      expect(meta.exif, file.path).toBeUndefined();
      expect(meta.xmp, file.path).toBeUndefined();
      expect(meta.iptc, file.path).toBeUndefined();
      const text = bytes.toString('latin1');
      for (const secret of [SECRET_SERIAL, SECRET_XMP_TEXT, SECRET_IPTC_TEXT, 'Canon', SECRET_GPS.latitude])
        expect(text, file.path).not.toContain(secret);
    }
  });

  it('applies the EXIF orientation: a phone portrait is published upright', () => {
    const portrait = catalog['images/Phone Portrait.JPG'];
    expect(portrait?.width).toBe(1200);
    expect(portrait?.height).toBe(1800);
    for (const file of Object.values(portrait?.sources ?? {}).flat()) expect(file.height).toBeGreaterThan(file.width);
  });

  it('never enlarges and never publishes the original size above 1600 px', () => {
    expect(catalog['images/square.jpg']?.sources.jpeg.map((file) => file.width)).toEqual([360, 720, 1080, 1600]);
    expect(catalog['images/Phone Portrait.JPG']?.sources.avif.map((file) => file.width)).toEqual([
      360, 720, 1080, 1200,
    ]);
  });

  it('cuts a lead photo for previews and search engines, and body photos not at all', () => {
    const crops = catalog['images/square.jpg']?.leads.center?.crops ?? {};
    expect(crops.share).toMatchObject({ width: 1200, height: 630 });
    expect(crops.wide).toMatchObject({ width: 1200, height: 675 });
    expect(crops.standard).toMatchObject({ width: 1200, height: 900 });
    expect(crops.square).toMatchObject({ width: 1200, height: 1200 });
    expect(catalog['images/square.jpg']?.leads.center?.thumbs.jpeg.map((file) => [file.width, file.height])).toEqual([
      [160, 107],
      [320, 213],
    ]);
    expect(catalog['images/Phone Portrait.JPG']?.leads).toEqual({});
  });

  it('encodes nothing again when no photo changed, and publishes the same files', async () => {
    expect(firstRun.encoded).toBe(16 + 8);
    const again = await deriveImages([request('square.jpg', true), request('Phone Portrait.JPG', false)], {
      cacheDir,
      outDir: path.join(dir, 'out-again'),
    });
    expect(again.encoded).toBe(0);
    expect(again.reused).toBe(firstRun.encoded);
    expect(again.catalog).toEqual(catalog);
  });

  it('encodes a changed photo anew, under new names, and reuses the others', async () => {
    writeFileSync(path.join(dir, 'images', 'square.jpg'), await cameraJpeg(2400, 1600, 99));
    const changed = await deriveImages([request('square.jpg', true), request('Phone Portrait.JPG', false)], {
      cacheDir,
      outDir,
    });
    expect(changed.encoded).toBe(16);
    expect(changed.reused).toBe(8);
    const before = catalog['images/square.jpg']?.sources.jpeg.map((file) => file.path);
    const after = changed.catalog['images/square.jpg']?.sources.jpeg.map((file) => file.path);
    expect(after).not.toEqual(before);
    expect(changed.catalog['images/Phone Portrait.JPG']).toEqual(catalog['images/Phone Portrait.JPG']);
  });
});

describe('a lead photo smaller than a crop', () => {
  it('is cut to the largest crop of each shape it holds, never enlarged', async () => {
    writeFileSync(path.join(dir, 'images', 'wide.jpg'), await cameraJpeg(1600, 900, 7));
    const { catalog: made } = await deriveImages([request('wide.jpg', true)], {
      cacheDir,
      outDir: path.join(dir, 'out-wide'),
    });
    const crops = made['images/wide.jpg']?.leads.center?.crops ?? {};
    expect(Object.fromEntries(Object.entries(crops).map(([name, file]) => [name, [file.width, file.height]]))).toEqual({
      share: [1200, 630],
      wide: [1200, 675],
      standard: [1200, 900],
      square: [900, 900],
    });
    for (const file of Object.values(crops)) {
      const meta = await sharp(path.join(dir, 'out-wide', path.basename(file.path))).metadata();
      expect([meta.width, meta.height], file.path).toEqual([file.width, file.height]);
    }
  });
});

describe('the cache of derivatives', () => {
  it('loses no entry when two originals with the same bytes are derived at once', async () => {
    const bytes = await cameraJpeg(1600, 1000, 8);
    writeFileSync(path.join(dir, 'images', 'twin-a.jpg'), bytes);
    writeFileSync(path.join(dir, 'images', 'twin-b.jpg'), bytes);
    const twins = [
      { src: 'images/twin-a.jpg', file: path.join(dir, 'images', 'twin-a.jpg'), focuses: ['top'] as const },
      { src: 'images/twin-b.jpg', file: path.join(dir, 'images', 'twin-b.jpg'), focuses: ['bottom'] as const },
    ];
    const twinCache = path.join(dir, 'cache-twins');
    const first = await deriveImages(twins, { cacheDir: twinCache, outDir: path.join(dir, 'out-twins') });
    expect(first.encoded).toBeGreaterThan(0);
    const again = await deriveImages(twins, { cacheDir: twinCache, outDir: path.join(dir, 'out-twins-again') });
    expect(again.encoded).toBe(0);
    expect(again.catalog).toEqual(first.catalog);
  });
});

describe('derivingCodeHash', () => {
  it('changes when the source of any module that shapes a derivative changes, so no version is bumped by hand', () => {
    const copy = path.join(dir, 'code');
    mkdirSync(copy);
    for (const name of DERIVING_MODULES)
      writeFileSync(path.join(copy, name), readFileSync(path.join(import.meta.dirname, name)));
    expect(derivingCodeHash(copy)).toBe(derivingCodeHash());
    for (const name of DERIVING_MODULES) {
      const original = readFileSync(path.join(copy, name), 'utf8');
      writeFileSync(path.join(copy, name), `${original}\n// one line more\n`);
      expect(derivingCodeHash(copy), name).not.toBe(derivingCodeHash());
      writeFileSync(path.join(copy, name), original);
    }
  });
});

describe('inspectImage', () => {
  it('refuses a truncated JPEG, which would show half a photo', async () => {
    const whole = await cameraJpeg(1600, 1000, 3);
    const file = path.join(dir, 'cut.jpg');
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const inspection = await inspectImage(file, cacheDir);
    expect(inspection.ok).toBe(false);
  });

  it('reads the size after orientation and the format of a good file', async () => {
    const inspection = await inspectImage(path.join(dir, 'images', 'Phone Portrait.JPG'), cacheDir);
    expect(inspection).toMatchObject({ ok: true, width: 1200, height: 1800, format: 'jpeg' });
  });
});

describe('fileStem', () => {
  it('makes a URL-safe name from any file name', () => {
    expect(fileStem('images/Shoigu in Minsk (2).JPG')).toBe('shoigu-in-minsk-2');
    expect(fileStem('images/Лукашэнка.jpg')).toBe('image');
  });
});
