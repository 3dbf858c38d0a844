import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file below `dir` (nothing when there is no such folder) with a hash of its bytes: what a reader or
 * a later build would find. Two sites are the same, file for file and byte for byte, when these are equal.
 */
export function snapshot(dir: string, relative = ''): Record<string, string> {
  if (!existsSync(path.join(dir, relative))) return {};
  return Object.fromEntries(
    readdirSync(path.join(dir, relative)).flatMap((name) => {
      const file = path.join(relative, name);
      const full = path.join(dir, file);
      return statSync(full).isDirectory()
        ? Object.entries(snapshot(dir, file))
        : [[file, createHash('sha256').update(readFileSync(full)).digest('hex')]];
    }),
  );
}
