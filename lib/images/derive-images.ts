// The only module that imports sharp: reads originals, checks them, and makes the published derivatives.
import { createHash, randomUUID } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import sharp, { type OutputInfo } from 'sharp';
import type { CatalogEntry, ImageCatalog, ImageFile, LeadCuts } from './image-catalog';
import {
  type CropName,
  type DerivativeSpec,
  type Focus,
  IMAGE_FORMATS,
  type ImageFormat,
  planDerivatives,
  specKey,
} from './image-plan';

// Quality falls for the widths only screens of 2× and 3× density fetch, where each pixel is smaller
// than the eye resolves: a 390 px phone at 3× gets the 1080 px photo in about 50 KB of AVIF.
const ENCODE: Readonly<Record<ImageFormat, (width: number) => Readonly<Record<string, number | boolean>>>> = {
  avif: (width) => ({ quality: width > 720 ? 40 : 50, effort: 2 }),
  webp: (width) => ({ quality: width > 720 ? 60 : 70, effort: 4 }),
  jpeg: (width) => ({ quality: width > 720 ? 66 : 72, mozjpeg: true }),
};

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
  const bytes = readFileSync(file);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const cached = path.join(cacheDir, sha, 'inspection.json');
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as Inspection;
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

/** A derivative in the cache: its file's extension, size and a hash of its bytes (for the published name). */
type CachedFile = Readonly<{ extension: string; width: number; height: number; bytes: number; hash: string }>;

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

/** Where one derivative of the original with hash `sha` is cached: named by the code and the spec. */
function cachePath(cacheDir: string, sha: string, spec: DerivativeSpec): string {
  const key = createHash('sha256')
    .update(`${derivingCodeHash()}\0${specKey(spec)}`)
    .digest('hex')
    .slice(0, 24);
  return path.join(cacheDir, sha, key);
}

/**
 * Writes `data` to `file` whole or not at all: into a file of its own first, then renamed. Two builds or
 * two originals with the same bytes writing the same entry at once each write all of it; no one reads half.
 */
function writeWhole(file: string, data: string | Buffer): void {
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

function readCached(entry: string): CachedFile | undefined {
  if (!existsSync(`${entry}.json`)) return undefined;
  const cached = JSON.parse(readFileSync(`${entry}.json`, 'utf8')) as CachedFile;
  return existsSync(`${entry}.${cached.extension}`) ? cached : undefined;
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
  await inPool(requests, 2, async (request) => {
    const inspection = await inspectImage(request.file, cacheDir);
    if (!inspection.ok) throw new Error(`${request.src}: ${inspection.reason}`);
    const stem = fileStem(request.src);
    mkdirSync(path.join(cacheDir, inspection.sha), { recursive: true });
    const made: { spec: DerivativeSpec; file: ImageFile }[] = [];
    let original: Buffer | undefined;
    for (const spec of planDerivatives(inspection, request.focuses)) {
      const entry = cachePath(cacheDir, inspection.sha, spec);
      let cached = readCached(entry);
      if (!cached) {
        original ??= readFileSync(request.file);
        const { data, info } = await encode(original, spec);
        const extension = fileExtension(spec);
        cached = {
          extension,
          width: info.width,
          height: info.height,
          bytes: data.length,
          hash: createHash('sha256').update(data).digest('hex').slice(0, 10),
        };
        writeWhole(`${entry}.${extension}`, data);
        writeWhole(`${entry}.json`, JSON.stringify(cached));
        encoded += 1;
      } else reused += 1;
      const name = `${stem}-${label(spec)}.${cached.hash}.${cached.extension}`;
      const target = path.join(outDir, name);
      if (!existsSync(target)) copyFileSync(`${entry}.${cached.extension}`, target);
      published.add(name);
      made.push({
        spec,
        file: { path: `${urlPrefix}${name}`, width: cached.width, height: cached.height, bytes: cached.bytes },
      });
    }
    catalog[request.src] = toEntry(request, inspection, made);
  });
  for (const name of readdirSync(outDir)) if (!published.has(name)) rmSync(path.join(outDir, name), { force: true });
  return { catalog, encoded, reused };
}

async function encode(original: Buffer, spec: DerivativeSpec): Promise<{ data: Buffer; info: OutputInfo }> {
  // rotate() applies the EXIF orientation; sharp writes no metadata unless asked and converts to sRGB.
  const image = sharp(original).rotate();
  if (spec.kind === 'resize') image.resize({ width: spec.width, withoutEnlargement: true });
  else image.resize({ width: spec.width, height: spec.height, fit: 'cover', position: POSITIONS[spec.focus] });
  const format: ImageFormat = spec.kind === 'crop' ? 'jpeg' : spec.format;
  // Crops are fetched by chat apps and search engines, which compress them again: they get more quality.
  const settings = spec.kind === 'crop' ? { quality: 80, mozjpeg: true } : ENCODE[format](spec.width);
  return image.toColourspace('srgb').toFormat(format, settings).toBuffer({ resolveWithObject: true });
}

function toEntry(
  request: DeriveRequest,
  inspection: Extract<Inspection, { ok: true }>,
  made: readonly { spec: DerivativeSpec; file: ImageFile }[],
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
    width: inspection.width,
    height: inspection.height,
    sources: inFormats(made.filter(({ spec }) => spec.kind === 'resize')),
    leads,
  };
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

/** `images/Shoigu in Minsk.JPG` → `shoigu-in-minsk`: a file name safe in any URL. */
export function fileStem(src: string): string {
  const base = path.basename(src, path.extname(src)).toLowerCase();
  return base.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'image';
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
