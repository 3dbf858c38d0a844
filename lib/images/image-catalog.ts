// The catalogue of derived images: what the build made from each original, read by pages to write markup.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type CropName, type DerivativeSpec, type Focus, IMAGE_FORMATS, type ImageFormat } from './image-plan';

/**
 * One photo file: its address (a site path, `/images/…`, or an image service's URL), pixel size, and
 * bytes (0 when an image service makes it on request: its size is not known at build time).
 */
export type ImageFile = Readonly<{ path: string; width: number; height: number; bytes: number }>;

/** A lead photo's crops and list thumbnails, cut around one focus. */
export type LeadCuts = Readonly<{
  crops: Readonly<Partial<Record<CropName, ImageFile>>>;
  thumbs: Readonly<Record<ImageFormat, readonly ImageFile[]>>;
}>;

/** What the build made from one original: its responsive versions, and crops for each focus articles lead with. */
export type CatalogEntry = Readonly<{
  /** The original's path relative to the content folder, e.g. `images/shoigu.jpg`. */
  src: string;
  /** The original's size after its EXIF orientation is applied. */
  width: number;
  height: number;
  sources: Readonly<Record<ImageFormat, readonly ImageFile[]>>;
  /** By focus: one article leads with the photo cut around the top, another around its centre. */
  leads: Readonly<Partial<Record<Focus, LeadCuts>>>;
}>;

/** A photo as one use of it shows it: its versions, and as a lead photo the crops and thumbnails of its focus. */
export type ImageRendition = Readonly<{
  src: string;
  width: number;
  height: number;
  sources: Readonly<Record<ImageFormat, readonly ImageFile[]>>;
  crops: Readonly<Partial<Record<CropName, ImageFile>>>;
  thumbs: Readonly<Record<ImageFormat, readonly ImageFile[]>> | undefined;
}>;

export type ImageCatalog = Readonly<Record<string, CatalogEntry>>;

/** Finds a photo's versions for one use: `focus` for a lead photo (its crops), none for a figure in the body. */
export type ResolveImage = (src: string, focus?: Focus) => ImageRendition | undefined;

/**
 * Finds a photo's derived versions in `catalog`, as articles are parsed with their photos: for a lead
 * photo (`focus` given) with the crops and thumbnails cut around that focus, and undefined when those
 * were not made, so a page is never written with another article's crop.
 */
export function resolveImageFrom(catalog: ImageCatalog): ResolveImage {
  return (src, focus) => {
    const entry = catalog[src];
    if (!entry) return undefined;
    const { leads, ...rest } = entry;
    if (focus === undefined) return { ...rest, crops: {}, thumbs: undefined };
    const cuts = leads[focus];
    return cuts && { ...rest, crops: cuts.crops, thumbs: cuts.thumbs };
  };
}

/**
 * The catalogue entry of one original of `size` (after orientation) from the files `made` for it: its
 * responsive versions by format, narrowest first, and for each of `focuses` the crops and thumbnails cut
 * around it. Whoever made the files (the build, or an image service's URLs) writes the same entry.
 */
export function toCatalogEntry(
  request: Readonly<{ src: string; focuses: readonly Focus[] }>,
  size: Readonly<{ width: number; height: number }>,
  made: readonly Readonly<{ spec: DerivativeSpec; file: ImageFile }>[],
): CatalogEntry {
  const inFormats = (found: readonly { spec: DerivativeSpec; file: ImageFile }[]) =>
    Object.fromEntries(
      IMAGE_FORMATS.map((format) => [
        format,
        found
          .filter(({ spec }) => spec.kind !== 'crop' && spec.format === format)
          .map(({ file }) => file)
          .sort((a, b) => a.width - b.width),
      ]),
    ) as Record<ImageFormat, ImageFile[]>;
  const leads: Partial<Record<Focus, LeadCuts>> = {};
  for (const focus of request.focuses) {
    const cut = made.filter(({ spec }) => spec.kind !== 'resize' && spec.focus === focus);
    const crops: Partial<Record<CropName, ImageFile>> = {};
    for (const { spec, file } of cut) if (spec.kind === 'crop') crops[spec.name] = file;
    leads[focus] = { crops, thumbs: inFormats(cut.filter(({ spec }) => spec.kind === 'thumb')) };
  }
  return {
    src: request.src,
    width: size.width,
    height: size.height,
    sources: inFormats(made.filter(({ spec }) => spec.kind === 'resize')),
    leads,
  };
}

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
