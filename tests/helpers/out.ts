import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The site built from content/ by `npm run build`: only the seed-verbatim and nginx tests read it. */
export const OUT = path.resolve(import.meta.dirname, '../../out');

/** The fixture site built from tests/fixtures/site by `npm run build:fixtures`. */
export const FIXTURE_OUT = path.resolve(import.meta.dirname, '../../out-fixtures');

/** The photo site built from tests/fixtures/photos by `npm run build:photos`. */
export const PHOTO_OUT = path.resolve(import.meta.dirname, '../../out-photos');

/**
 * The site the build and browser tests read: the fixture site, so an editor's correction to an
 * article in content/ never breaks CI. It holds a copy of the seed article beside the hostile,
 * moved, draft and embargoed ones.
 */
export const SITE_OUT = FIXTURE_OUT;

/** Every file below an exported site (the fixture site unless named), as paths relative to it with forward slashes. */
export function outFiles(root = SITE_OUT, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? outFiles(root, full) : [path.relative(root, full).split(path.sep).join('/')];
  });
}

/** Every page as its URL path: `news/x/index.html` is `/news/x/`, `404.html` is `/404.html`. */
export function pagePaths(root = SITE_OUT): string[] {
  return outFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
}

export function readOut(file: string, root = SITE_OUT): string {
  return readFileSync(path.join(root, file), 'utf8');
}

export function gzipBytes(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).byteLength;
}
