// What a drawn file (a share card, a QR code) is drawn by, as a hash, so its cache entry and its
// published name change whenever that code changes, with no version for anyone to remember to bump.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

/** The folder whose modules draw: an entry's imports are followed into it, and only into it. */
const DRAWING_FOLDER = 'lib/metadata/';
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js'];
const SPECIFIER = /\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

/** A specifier's file below `root`, relative with forward slashes, or undefined for a package. */
function localFile(root: string, from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.join(root, path.dirname(from), specifier)
      : undefined;
  if (base === undefined) return undefined;
  const found = EXTENSIONS.map((extension) => `${base}${extension}`).find(
    (file) => existsSync(file) && statSync(file).isFile(),
  );
  return path
    .relative(root, found ?? base)
    .split(path.sep)
    .join('/');
}

/** A package specifier's package.json below `root` (`@takumi-rs/helpers/jsx` → its package), or undefined for Node's own. */
function packageFile(specifier: string): string | undefined {
  const name = specifier.replace(/^node:/, '');
  if (specifier.startsWith('node:') || builtinModules.includes(name.split('/')[0] ?? name)) return undefined;
  const parts = specifier.split('/');
  const pkg = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
  return `node_modules/${pkg}/package.json`;
}

/**
 * The files that decide what `entry` (a path below `root`) draws: itself, every module it imports from
 * lib/metadata/, directly or through another such module, and the package.json (so the version) of
 * every package those import. Modules elsewhere (the articles, the settings) decide what is drawn,
 * which the drawn file's name hashes already. Sorted; throws when an imported module is missing.
 * `folder` widens or narrows where imports are followed (`lib/` for all the code a parse runs).
 */
export function drawingSources(root: string, entry: string, folder = DRAWING_FOLDER): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    if (file.startsWith('node_modules/')) return;
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const match of text.matchAll(SPECIFIER)) {
      // Types leave nothing in what runs (`import type { Element } from 'hast'`).
      if (/^(?:import|export)\s+type\b/.test(match[0])) continue;
      const specifier = (match[1] ?? match[2]) as string;
      const local = localFile(root, file, specifier);
      if (local === undefined) {
        const pkg = packageFile(specifier);
        if (pkg) found.add(pkg);
      } else if (local.startsWith(folder)) visit(local);
    }
  };
  visit(entry);
  return [...found].sort();
}

/**
 * A hash of the bytes of every file that draws `entry`'s output (drawingSources) and of `extraFiles`
 * (the font files it reads), each with its path: for cache keys and the names of drawn files. Reads
 * every file each call, so a caller keeps the key for the process. Throws when a file is missing.
 */
export function codeKey(root: string, entry: string, extraFiles: readonly string[], folder = DRAWING_FOLDER): string {
  const hash = createHash('sha256');
  for (const file of [...drawingSources(root, entry, folder), ...[...extraFiles].sort()]) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
