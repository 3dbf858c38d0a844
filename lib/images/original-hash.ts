// The hash of an original photo's bytes, remembered against the file's identity on disk, so a build
// reads each unchanged original's few megabytes once, not every time (1,000 photos: 1.5 GB a build).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeWhole } from './derivative-cache';

/**
 * The SHA-256 of `file`'s bytes. Remembered in `cacheDir/stat/` under the file's path, inode, size and
 * modification and change times (to the nanosecond): any write to the file, or another file put in its
 * place, changes one of them, and then the bytes are read and hashed again.
 */
export function originalSha(file: string, cacheDir: string): string {
  const stat = statSync(file, { bigint: true });
  const identity = [path.resolve(file), stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].map(String);
  const key = createHash('sha256').update(JSON.stringify(identity)).digest('hex');
  const memo = path.join(cacheDir, 'stat', key.slice(0, 2), key);
  if (existsSync(memo)) return readFileSync(memo, 'utf8');
  const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
  mkdirSync(path.dirname(memo), { recursive: true });
  writeWhole(memo, sha);
  return sha;
}
