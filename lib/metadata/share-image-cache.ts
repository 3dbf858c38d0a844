// Share images rendered once per content: a PNG is kept in the cache under a hash of everything that
// decides its pixels, and a later build with the same inputs copies it instead of drawing it again.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where rendered share images are kept between builds: `SHARE_IMAGE_CACHE_DIR`, or `.cache/og/`. */
export function shareImageCacheDir(): string {
  return process.env.SHARE_IMAGE_CACHE_DIR || path.join(process.cwd(), '.cache', 'og');
}

/**
 * The cache key of one share image: a hash of its file name (which already hashes what is drawn and
 * the code, packages and fonts that draw it, see share-image.ts) and of the renderer (draw-card.ts's
 * `cardRenderer()`), so a renderer upgrade that could draw differently renders everything once more.
 */
export function shareImageCacheKey(file: string, renderer: string): string {
  return createHash('sha256')
    .update(JSON.stringify([file, renderer]))
    .digest('hex')
    .slice(0, 32);
}

export type CachedImage = Readonly<{ bytes: Buffer; reused: boolean }>;

/**
 * The image cached under `key` in `dir`, or, when there is none, what `render` draws, stored there
 * first. A half-written file is never read: it is written under a temporary name and renamed.
 * Throws what `render` throws.
 */
export async function cachedImage(key: string, dir: string, render: () => Promise<Uint8Array>): Promise<CachedImage> {
  const file = path.join(dir, `${key}.png`);
  if (existsSync(file)) return { bytes: readFileSync(file), reused: true };
  const bytes = Buffer.from(await render());
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return { bytes, reused: false };
}

/**
 * Notes in the build's log (`SHARE_IMAGE_LOG`, set by scripts/build.mjs) whether `file` was rendered
 * or reused. Next renders in several worker processes; each line is one small append, so lines from
 * different workers never interleave.
 */
export function logShareImage(file: string, reused: boolean): void {
  const log = process.env.SHARE_IMAGE_LOG;
  if (log) appendFileSync(log, `${reused ? 'reused' : 'rendered'} ${file}\n`);
}
