// From a rendition to what a <picture> needs: pure data, written as JSX by components and as hast in bodies.
import type { ImageFile, ImageRendition } from './image-catalog';
import { IMAGE_FORMATS, MIME_TYPES } from './image-plan';

/** How wide a photo is drawn: the text column (at most about 46rem) or the whole phone screen less its margins. */
export const COLUMN_SIZES = '(min-width: 50rem) 46rem, calc(100vw - 2rem)';
/** List thumbnails are drawn 8rem wide. */
export const THUMB_SIZES = '8rem';

export type PictureData = Readonly<{
  sources: readonly Readonly<{ type: string; srcSet: string; sizes: string }>[];
  img: Readonly<{ src: string; srcSet: string; sizes: string; width: number; height: number }>;
}>;

/** How a photo loads: the lead photo first and eagerly, every other one only when the reader nears it. */
export type Loading = 'lead' | 'lazy';

const srcSet = (files: readonly ImageFile[]) => files.map((file) => `${file.path} ${file.width}w`).join(', ');

/**
 * The sources of a photo's <picture>: an AVIF source, and a JPEG <img> whose `src` is the
 * version nearest 720 px (what a browser without srcset support gets) and whose width and height give
 * the aspect ratio, so the page does not move when the photo arrives.
 */
export function toPicture(rendition: ImageRendition, use: 'column' | 'thumb' = 'column'): PictureData {
  const sets = use === 'thumb' ? rendition.thumbs : rendition.sources;
  if (!sets) throw new Error(`${rendition.src} has no thumbnails: only lead photos do`);
  const sizes = use === 'thumb' ? THUMB_SIZES : COLUMN_SIZES;
  const jpegs = sets.jpeg;
  const fallback = jpegs.find((file) => file.width >= 720) ?? jpegs.at(-1);
  const largest = jpegs.at(-1);
  if (!fallback || !largest) throw new Error(`${rendition.src} has no JPEG versions`);
  return {
    sources: IMAGE_FORMATS.filter((format) => format !== 'jpeg').map((format) => ({
      type: MIME_TYPES[format],
      srcSet: srcSet(sets[format]),
      sizes,
    })),
    img: { src: fallback.path, srcSet: srcSet(jpegs), sizes, width: largest.width, height: largest.height },
  };
}
