import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { PNG } from 'pngjs';

const INSTALL =
  'The print tests read PDFs with poppler-utils (pdftotext, pdftoppm): on Debian or Ubuntu run ' +
  '"sudo apt-get update && sudo apt-get install -y poppler-utils" (on macOS: brew install poppler).';

function poppler(tool: string, args: string[]): Buffer {
  try {
    return execFileSync(tool, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} not found. ${INSTALL}`);
    throw error;
  }
}

/** Fails with how to install poppler-utils when its tools are missing, before any test runs. */
export function requirePoppler(): void {
  poppler('pdftotext', ['-v']);
  poppler('pdftoppm', ['-v']);
}

/** The text of each page of a PDF, laid out as printed (a line-end hyphen stays a hyphen). */
export function pdfPages(file: string): string[] {
  const text = poppler('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).toString('utf8');
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

/** One page of a PDF rendered to a PNG file at `dpi`, decoded to RGBA pixels. */
export function pdfPageImage(file: string, page: number, dpi: number, pngFile: string) {
  const stem = pngFile.replace(/\.png$/, '');
  poppler('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, stem]);
  const png = PNG.sync.read(readFileSync(`${stem}.png`));
  return {
    width: png.width,
    height: png.height,
    pixels: new Uint8ClampedArray(png.data),
    remove: () => rmSync(`${stem}.png`),
  };
}
