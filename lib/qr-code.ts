import QRCode from 'qrcode';

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
