// The printed copies' QR codes as files in public/qr/, each named by what it encodes and kept from one
// build to the next: only a new permalink's code is drawn.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { qrCodePath, qrSvg } from './qr-code';

/**
 * Writes into `dir` the QR code of each URL that is not there yet, and removes the files of URLs no
 * longer published, so the folder holds exactly this build's codes. Returns how many it drew and how
 * many it kept from an earlier build.
 */
export function writeQrCodes(urls: readonly string[], dir: string): { written: number; reused: number } {
  mkdirSync(dir, { recursive: true });
  const wanted = new Map(urls.map((url) => [path.basename(qrCodePath(url)), url]));
  for (const name of readdirSync(dir)) if (!wanted.has(name)) rmSync(path.join(dir, name));
  let written = 0;
  for (const [name, url] of wanted) {
    const file = path.join(dir, name);
    if (existsSync(file)) continue;
    writeFileSync(file, qrSvg(url).svg);
    written += 1;
  }
  return { written, reused: wanted.size - written };
}
