// The only module that imports sharp: reads originals, checks them, and makes the published derivatives.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import sharp, { type OutputInfo } from 'sharp';
import { type CatalogEntry, type ImageCatalog, type ImageFile, toCatalogEntry } from './image-catalog';
import { cacheEntry, writeWhole } from './derivative-cache';
import { fileStem } from './image-source';
import { originalSha } from './original-hash';
import { type DerivativeSpec, type Focus, type ImageFormat, planDerivatives, qualityOf } from './image-plan';

/** An encoder and its settings, as sharp takes them. */
export type Encoding = Readonly<{ format: ImageFormat; options: Readonly<Record<string, number | boolean | string>> }>;

// JPEG without mozjpeg's trellis quantisation and scan search (3–4× the time for 6–11 % fewer bytes, at a
// slightly lower SSIM, as measured), but with its quantisation tables, Huffman tables made for the image,
// and progressive scans.
const JPEG = { quantisationTable: 3, optimiseCoding: true, progressive: true } as const;

/**
 * How each derivative is encoded, at the quality the plan gives it (qualityOf). Measured on real
 * photographs (BENCHMARKS.md, "What each photo file costs"): AVIF at effort 1 takes about half the time
 * of effort 2 for about 5 % more bytes at an SSIM as high; the 1600 px version, which only desktop
 * screens at 2× fetch and which costs as much as the other widths together, at effort 0, half that again.
 */
export function encodingFor(spec: DerivativeSpec): Encoding {
  const quality = qualityOf(spec);
  if (spec.kind === 'crop' || spec.format === 'jpeg') return { format: 'jpeg', options: { quality, ...JPEG } };
  return { format: 'avif', options: { quality, effort: spec.width > 1080 ? 0 : 1 } };
}

const POSITIONS: Readonly<Record<Focus, string>> = {
  center: 'centre',
  top: 'top',
  bottom: 'bottom',
  left: 'left',
  right: 'right',
  'top-left': 'left top',
  'top-right': 'right top',
  'bottom-left': 'left bottom',
  'bottom-right': 'right bottom',
};

/** What reading an original found: its size after EXIF orientation, format and content hash. */
export type Inspection =
  | Readonly<{ ok: true; width: number; height: number; format: string; bytes: number; sha: string }>
  | Readonly<{ ok: false; bytes: number; reason: string }>;

/**
 * Reads an original completely (a truncated or corrupt file fails here, not in a reader's browser) and
 * returns its oriented size and format. The decode is cached by content hash under `cacheDir`.
 */
export async function inspectImage(file: string, cacheDir: string): Promise<Inspection> {
  const sha = originalSha(file, cacheDir);
  const cached = path.join(cacheDir, sha, 'inspection.json');
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as Inspection;
  const bytes = readFileSync(file);
  let inspection: Inspection;
  try {
    const meta = await sharp(bytes).metadata();
    // Decoding at a small size reads every byte of the data; libvips warns on truncation, sharp then throws.
    await sharp(bytes, { failOn: 'warning' }).resize(64).raw().toBuffer();
    const turned = (meta.orientation ?? 1) >= 5;
    const width = (turned ? meta.height : meta.width) ?? 0;
    const height = (turned ? meta.width : meta.height) ?? 0;
    inspection = { ok: true, width, height, format: meta.format ?? 'unknown', bytes: bytes.length, sha };
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    inspection = { ok: false, bytes: bytes.length, reason };
  }
  mkdirSync(path.dirname(cached), { recursive: true });
  writeWhole(cached, JSON.stringify(inspection));
  return inspection;
}

/** One original to derive, and the focus of each article that leads with it (none: only in bodies). */
export type DeriveRequest = Readonly<{ src: string; file: string; focuses: readonly Focus[] }>;

// The source of the code that decides what a derivative looks like: this module (encoders, their settings,
// cropping) and the plan (sizes, formats, crops), with the image libraries' versions. It is part of every
// cache key, so a change to any of them makes every derivative again, and no version is bumped by hand.
export const DERIVING_MODULES: readonly string[] = ['derive-images.ts', 'image-plan.ts'];
let derivingCode: string | undefined;

/**
 * A hash of the deriving modules' source (in `dir`, this module's folder unless given) and of sharp's
 * libraries' versions: what every cache key starts from.
 */
export function derivingCodeHash(dir?: string): string {
  const hash = () =>
    createHash('sha256')
      .update(JSON.stringify(sharp.versions))
      .update(
        DERIVING_MODULES.map((name) =>
          readFileSync(dir ? path.join(dir, name) : new URL(`./${name}`, import.meta.url), 'utf8'),
        ).join('\0'),
      )
      .digest('hex');
  if (dir) return hash();
  derivingCode ??= hash();
  return derivingCode;
}

/**
 * Makes every derivative of every requested original into `outDir` (the published `/images/` folder,
 * emptied of anything else) and returns the catalogue pages read. A derivative already in `cacheDir`
 * for the same original bytes, spec and deriving code is copied, not encoded again; each is cached in
 * a file of its own, written whole, so derivations running at once never lose one another's work.
 * Every output is oriented, converted to sRGB and stripped of all metadata (EXIF with GPS, XMP, IPTC,
 * thumbnails).
 */
export async function deriveImages(
  requests: readonly DeriveRequest[],
  options: Readonly<{ cacheDir: string; outDir: string; urlPrefix?: string }>,
): Promise<{ catalog: ImageCatalog; encoded: number; reused: number }> {
  const { cacheDir, outDir, urlPrefix = '/images/' } = options;
  mkdirSync(outDir, { recursive: true });
  const catalog: Record<string, CatalogEntry> = {};
  const published = new Set<string>();
  let encoded = 0;
  let reused = 0;
  // One original per core at a time: sharp encodes each file on one thread (its default without jemalloc).
  await inPool(requests, availableParallelism(), async (request) => {
    const inspection = await inspectImage(request.file, cacheDir);
    if (!inspection.ok) throw new Error(`${request.src}: ${inspection.reason}`);
    const stem = fileStem(request.src);
    const made: { spec: DerivativeSpec; file: ImageFile }[] = [];
    let decoded: Decoded | undefined;
    for (const spec of planDerivatives(inspection, request.focuses)) {
      const entry = cacheEntry(cacheDir, inspection.sha, derivingCodeHash(), spec);
      let cached = entry.read();
      if (!cached) {
        decoded ??= await decodeOriginal(readFileSync(request.file));
        const { data, info } = await encodeDerivative(decoded, spec);
        cached = {
          extension: fileExtension(spec),
          width: info.width,
          height: info.height,
          bytes: data.length,
          hash: createHash('sha256').update(data).digest('hex').slice(0, 10),
        };
        entry.write(data, cached);
        encoded += 1;
      } else reused += 1;
      const name = `${stem}-${label(spec)}.${cached.hash}.${cached.extension}`;
      const target = path.join(outDir, name);
      if (!existsSync(target)) copyFileSync(entry.file(cached), target);
      published.add(name);
      made.push({
        spec,
        file: { path: `${urlPrefix}${name}`, width: cached.width, height: cached.height, bytes: cached.bytes },
      });
    }
    catalog[request.src] = toCatalogEntry(request, inspection, made);
  });
  for (const name of readdirSync(outDir)) if (!published.has(name)) rmSync(path.join(outDir, name), { force: true });
  return { catalog, encoded, reused };
}

/** An original decoded once, upright and in sRGB, from which every derivative is cut. */
export type Decoded = Readonly<{
  data: Buffer;
  info: Readonly<{ width: number; height: number; channels: 1 | 2 | 3 | 4 }>;
}>;

/**
 * Decodes `original` once for all its derivatives: turned upright by its EXIF orientation and converted
 * to sRGB, as raw pixels (a JPEG decodes in a tenth of the time one AVIF takes to encode, but 16 decodes
 * per photo added a fifth to the work).
 */
export async function decodeOriginal(original: Buffer): Promise<Decoded> {
  const { data, info } = await sharp(original)
    .rotate()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, info: { width: info.width, height: info.height, channels: info.channels } };
}

/** Encodes one derivative of a decoded original. sharp writes no metadata unless asked. */
export async function encodeDerivative(
  decoded: Decoded,
  spec: DerivativeSpec,
  encoding: Encoding = encodingFor(spec),
): Promise<{ data: Buffer; info: OutputInfo }> {
  const image = sharp(decoded.data, { raw: decoded.info });
  if (spec.kind === 'resize') image.resize({ width: spec.width, withoutEnlargement: true });
  else image.resize({ width: spec.width, height: spec.height, fit: 'cover', position: POSITIONS[spec.focus] });
  return image.toFormat(encoding.format, encoding.options).toBuffer({ resolveWithObject: true });
}

function label(spec: DerivativeSpec): string {
  if (spec.kind === 'resize') return String(spec.width);
  if (spec.kind === 'crop') return spec.name;
  return `thumb${spec.width}`;
}

function fileExtension(spec: DerivativeSpec): string {
  const format = spec.kind === 'crop' ? 'jpeg' : spec.format;
  return format === 'jpeg' ? 'jpg' : format;
}

async function inPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
