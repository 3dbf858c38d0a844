// The catalogue of derived images: what the build made from each original, read by pages to write markup.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CropName, ImageFormat } from './image-plan';

/** One published file: its site path (`/images/…`), pixel size and bytes. */
export type ImageFile = Readonly<{ path: string; width: number; height: number; bytes: number }>;

/** Everything made from one original, keyed by format; `crops` and `thumbs` only for lead photos. */
export type ImageRendition = Readonly<{
  /** The original's path relative to the content folder, e.g. `images/shoigu.jpg`. */
  src: string;
  /** The original's size after its EXIF orientation is applied. */
  width: number;
  height: number;
  sources: Readonly<Record<ImageFormat, readonly ImageFile[]>>;
  crops: Readonly<Partial<Record<CropName, ImageFile>>>;
  thumbs: Readonly<Record<ImageFormat, readonly ImageFile[]>> | undefined;
}>;

export type ImageCatalog = Readonly<Record<string, ImageRendition>>;

/** Where the build records what it derived, beside its cache of derivatives. */
export function catalogFile(root = process.cwd()): string {
  return path.join(root, '.cache', 'images', 'catalog.json');
}

/**
 * The catalogue the last image step wrote, or an empty one when it has not run. Pages that need an
 * image missing from it throw, so a page is never published with a photo left out.
 */
export function readImageCatalog(file = catalogFile()): ImageCatalog {
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as ImageCatalog;
}
