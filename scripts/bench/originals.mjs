// @ts-check
// The benches' originals: a newsroom's every story has its own photograph, so each photographed story
// of a bench archive gets a distinct 2400×1600 camera-sized JPEG cut from the real photographs in
// wallpapers.mjs. The first eleven are the photographs themselves, their middle 2400×1600; the rest are windows of
// 75 to 100 % of one of them (so enlarged by at most a third), at a place drawn for that index, and
// mirrored every other round, so no two share their pixels and each encodes as a photograph does.
// Made once and kept in .cache/bench/originals/, under a hash of this file and sharp's version.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { PHOTOS, requirePhotos } from './wallpapers.mjs';
import { random } from './seeded-random.mjs';

export const ORIGINAL_SIZE = { width: 2400, height: 1600 };
const SOURCE_SIZE = { width: 2560, height: 1600 };

/** Which photograph original `index` is cut from, and where. @param {number} index */
export function cutOf(index) {
  const photo = PHOTOS[index % PHOTOS.length] ?? '';
  const round = Math.floor(index / PHOTOS.length);
  const next = random(index + 1);
  const scale = round === 0 ? SOURCE_SIZE.height / ORIGINAL_SIZE.height : 0.75 + 0.25 * next();
  const height = Math.round(ORIGINAL_SIZE.height * Math.min(1, scale));
  const width = Math.min(SOURCE_SIZE.width, Math.round((height * ORIGINAL_SIZE.width) / ORIGINAL_SIZE.height));
  // The first round is each photograph's middle, as `fit: 'cover'` cuts it; later ones fall anywhere.
  const place = (/** @type {number} */ room) => (round === 0 ? Math.floor(room / 2) : Math.floor(next() * (room + 1)));
  return {
    photo,
    left: place(SOURCE_SIZE.width - width),
    top: place(SOURCE_SIZE.height - height),
    width,
    height,
    mirrored: round % 2 === 1,
  };
}

/** Original `index` as JPEG bytes (quality 90, as a camera or an agency sends). @param {number} index */
async function makeOriginal(index) {
  const { photo, left, top, width, height, mirrored } = cutOf(index);
  const image = sharp(photo).extract({ left, top, width, height }).resize(ORIGINAL_SIZE.width, ORIGINAL_SIZE.height);
  if (mirrored) image.flop();
  return image.jpeg({ quality: 90 }).toBuffer();
}

const cacheDir = () =>
  path.resolve(
    import.meta.dirname,
    '../../.cache/bench/originals',
    createHash('sha256')
      .update(readFileSync(import.meta.filename))
      .update(sharp.versions.vips ?? '')
      .digest('hex')
      .slice(0, 12),
  );

/**
 * Writes originals `0 … count - 1` into `dir`, named by `name(index)`, from the cache (making the
 * missing ones first), and returns their paths.
 * @param {string} dir @param {number} count @param {(index: number) => string} [name]
 * @returns {Promise<string[]>}
 */
export async function writeOriginals(dir, count, name = (index) => `photo-${index}.jpg`) {
  requirePhotos();
  const cache = cacheDir();
  mkdirSync(cache, { recursive: true });
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (let index = 0; index < count; index += 1) {
    const cached = path.join(cache, `${index}.jpg`);
    if (!existsSync(cached)) {
      writeFileSync(`${cached}.tmp`, await makeOriginal(index));
      renameSync(`${cached}.tmp`, cached);
    }
    const file = path.join(dir, name(index));
    copyFileSync(cached, file);
    files.push(file);
  }
  return files;
}
