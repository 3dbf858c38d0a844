import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import { codeKey } from './code-key';

/** A QR code as SVG geometry: one path of dark modules, in a square `size` modules wide. */
export type QrGeometry = Readonly<{ size: number; path: string }>;

/** The blank border a scanner needs around the code, in modules (the standard asks for four). */
export const QR_QUIET_ZONE = 4;

/**
 * Encodes text (a permalink) as a QR code and draws its dark modules as one SVG path, each row's runs
 * of dark modules as one rectangle. Error correction M survives a crease or a smudge on paper.
 */
export function qrGeometry(text: string): QrGeometry {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  const parts: string[] = [];
  for (let y = 0; y < size; y += 1) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && data[y * size + x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  }
  return { size, path: parts.join('') };
}

/** How many CSS pixels a module is drawn at, for the image's intrinsic size. */
const MODULE_PIXELS = 4;

/** The QR code of `text` as a standalone SVG file: black modules on white, with the quiet zone. */
export function qrSvg(text: string): { svg: string; width: number } {
  const { size, path } = qrGeometry(text);
  const side = size + 2 * QR_QUIET_ZONE;
  const width = side * MODULE_PIXELS;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-QR_QUIET_ZONE} ${-QR_QUIET_ZONE} ${side} ${side}" width="${width}" height="${width}" shape-rendering="crispEdges"><rect x="${-QR_QUIET_ZONE}" y="${-QR_QUIET_ZONE}" width="${side}" height="${side}" fill="#fff"/><path d="${path}" fill="#000"/></svg>\n`;
  return { svg, width };
}

let drawing: string | undefined;

/**
 * What draws the QR codes: a hash of this module and of the encoder's version (lib/metadata/code-key.ts),
 * so a change to either renames every code, with nothing to bump by hand. Read once per process.
 */
export function qrDrawing(): string {
  drawing ??= codeKey(process.cwd(), 'lib/metadata/qr-code.ts', []);
  return drawing;
}

/**
 * Where the QR code of `text` is published: `/qr/<hash>.svg`, named by what it encodes and what draws
 * it (`drawing`, qrDrawing()), so a host may cache it for a year. Only printed pages fetch it.
 */
export function qrCodePath(text: string, drawing = qrDrawing()): string {
  return `/qr/${createHash('sha256')
    .update(JSON.stringify([drawing, text]))
    .digest('hex')
    .slice(0, 16)}.svg`;
}
