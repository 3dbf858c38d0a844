// The cache of derivatives in `.cache/images/<sha of the original>/`: one entry per derivative, named by
// the deriving code and the spec, each a data file and its metadata, each written whole.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type DerivativeSpec, specKey } from './image-plan';

/** A derivative in the cache: its file's extension, size and a hash of its bytes (for the published name). */
export type CachedFile = Readonly<{ extension: string; width: number; height: number; bytes: number; hash: string }>;

/**
 * Writes `data` to `file` whole or not at all: into a file of its own first, then renamed. Two builds or
 * two originals with the same bytes writing the same entry at once each write all of it; no one reads half.
 */
export function writeWhole(file: string, data: string | Buffer): void {
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/**
 * One derivative's place in the cache, for the original whose bytes hash to `sha`: a key made of `code`
 * (derivingCodeHash: the code that makes it) and the spec, so a change to either never reuses an entry.
 */
export function cacheEntry(cacheDir: string, sha: string, code: string, spec: DerivativeSpec) {
  const key = createHash('sha256')
    .update(`${code}\0${specKey(spec)}`)
    .digest('hex')
    .slice(0, 24);
  const base = path.join(cacheDir, sha, key);
  return {
    /** The cached derivative, or undefined when it was never made (or its data file is gone). */
    read(): CachedFile | undefined {
      if (!existsSync(`${base}.json`)) return undefined;
      const cached = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as CachedFile;
      return existsSync(`${base}.${cached.extension}`) ? cached : undefined;
    },
    /** Stores a derivative: its data first, then the metadata that says it is there. */
    write(data: Buffer, cached: CachedFile): void {
      mkdirSync(path.dirname(base), { recursive: true });
      writeWhole(`${base}.${cached.extension}`, data);
      writeWhole(`${base}.json`, JSON.stringify(cached));
    },
    /** The path of the cached data file. */
    file: (cached: CachedFile) => `${base}.${cached.extension}`,
  };
}
