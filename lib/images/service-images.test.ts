import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cameraJpeg } from '../../tests/helpers/camera-photos';
import { inspectImage } from './derive-images';
import type { ImageCatalog, ImageFile } from './image-catalog';
import { serviceCatalog, serviceName } from './service-images';
import { thumborSignature } from './thumbor';

const SERVICE = {
  kind: 'thumbor',
  url: 'https://images.example.org/t',
  origin: 'https://images.example.org',
  key: 'k3y',
} as const;
let dir: string;
let catalog: ImageCatalog;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'service-images-'));
  mkdirSync(path.join(dir, 'images'));
  writeFileSync(path.join(dir, 'images', 'Wide Lead.JPG'), await cameraJpeg(1600, 900, 1));
  writeFileSync(path.join(dir, 'images', 'small.jpg'), await cameraJpeg(640, 427, 2));
  catalog = await serviceCatalog(
    [
      { src: 'images/Wide Lead.JPG', file: path.join(dir, 'images', 'Wide Lead.JPG'), focuses: ['top', 'center'] },
      { src: 'images/small.jpg', file: path.join(dir, 'images', 'small.jpg'), focuses: [] },
    ],
    { cacheDir: path.join(dir, 'cache'), service: SERVICE },
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = (): ImageFile[] =>
  Object.values(catalog).flatMap((entry) => [
    ...Object.values(entry.sources).flat(),
    ...Object.values(entry.leads).flatMap((cuts) => [
      ...Object.values(cuts.crops),
      ...Object.values(cuts.thumbs).flat(),
    ]),
  ]);

describe('serviceCatalog', () => {
  it('names the original by its stem and a hash of its bytes', async () => {
    const inspection = await inspectImage(path.join(dir, 'images', 'Wide Lead.JPG'), path.join(dir, 'cache'));
    expect(inspection.ok && serviceName('images/Wide Lead.JPG', inspection.sha)).toMatch(
      /^wide-lead\.[0-9a-f]{12}\.jpg$/,
    );
  });

  it('makes every version, crop and thumbnail a URL on the service, signed with its key', () => {
    expect(files()).toHaveLength(8 + 4 + 2 * (4 + 4));
    for (const file of files()) {
      const [, signature, unsigned] = /^https:\/\/images\.example\.org\/t\/([^/]+)\/(.+)$/.exec(file.path) ?? [];
      expect(signature, file.path).toBe(thumborSignature(unsigned ?? '', SERVICE.key));
      expect(file.bytes).toBe(0);
    }
  });

  it('asks for each file’s exact size and its format, never wider than the original', () => {
    for (const file of files()) {
      const [, width, height] = /\/(\d+)x(\d+)\//.exec(file.path) ?? [];
      expect([Number(width), Number(height)], file.path).toEqual([file.width, file.height]);
    }
    const lead = catalog['images/Wide Lead.JPG'];
    expect(lead?.sources.avif.map((file) => [file.width, file.height])).toEqual([
      [360, 203],
      [720, 405],
      [1080, 608],
      [1600, 900],
    ]);
    expect(lead?.sources.avif.every((file) => file.path.includes('format(avif)'))).toBe(true);
    expect(lead?.sources.jpeg.every((file) => file.path.includes('format(jpeg)'))).toBe(true);
    expect(catalog['images/small.jpg']?.sources.jpeg.map((file) => file.width)).toEqual([360, 640]);
    expect(lead?.leads.top?.crops.square).toMatchObject({ width: 900, height: 900 });
  });

  it('cuts each focus’s crops around it, and strips metadata in every URL', () => {
    expect(catalog['images/Wide Lead.JPG']?.leads.top?.crops.share?.path).toContain('/1200x630/top/filters:');
    expect(catalog['images/Wide Lead.JPG']?.leads.center?.crops.share?.path).toContain('/1200x630/filters:');
    for (const file of files()) expect(file.path, file.path).toContain(':strip_exif():strip_icc():');
  });

  it('writes no photo file: only the inspection cache', () => {
    expect(readdirSync(dir).sort()).toEqual(['cache', 'images']);
  });
});
