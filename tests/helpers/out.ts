import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The exported site that tests read. */
export const OUT = path.resolve(import.meta.dirname, '../../out');

/** Every file below out/, as paths relative to it with forward slashes. */
export function outFiles(dir = OUT): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? outFiles(full) : [path.relative(OUT, full).split(path.sep).join('/')];
  });
}

/** Every page as its URL path: `news/x/index.html` is `/news/x/`, `404.html` is `/404.html`. */
export function pagePaths(): string[] {
  return outFiles()
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
}

export function readOut(file: string): string {
  return readFileSync(path.join(OUT, file), 'utf8');
}

export function gzipBytes(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).byteLength;
}
