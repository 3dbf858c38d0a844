import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QR_QUIET_ZONE, qrCodePath, qrDrawing, qrGeometry } from './qr-code';

/** Paints the geometry's rectangles into an RGBA bitmap, `scale` pixels a module, as a scanner sees it. */
function rasterize({ size, path }: { size: number; path: string }, scale = 4) {
  const width = (size + 2 * QR_QUIET_ZONE) * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dy = 0; dy < scale; dy += 1) {
      for (let dx = 0; dx < Number(run) * scale; dx += 1) {
        const px = (Number(x) + QR_QUIET_ZONE) * scale + dx;
        const py = (Number(y) + QR_QUIET_ZONE) * scale + dy;
        pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
      }
    }
  }
  return { pixels, width };
}

describe('qrGeometry', () => {
  it('draws a code that a QR reader decodes back to the permalink', () => {
    const url = 'https://news.example.org/news/russia-once-again-speaks-about-nato-threat-for-russia-and-belarus/';
    const { pixels, width } = rasterize(qrGeometry(url));
    expect(jsQR(pixels, width, width)?.data).toBe(url);
  });

  it('is one path of rectangles only, nothing that could carry markup', () => {
    const { path } = qrGeometry('https://news.example.org/a/x/');
    expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
  });

  it('draws the same code for the same text, so builds are reproducible', () => {
    expect(qrGeometry('https://news.example.org/')).toEqual(qrGeometry('https://news.example.org/'));
  });
});

describe('qrCodePath', () => {
  const url = 'https://news.example.org/a/x/';

  it('names the file by what it encodes and by the code that draws it, so no version needs bumping by hand', () => {
    expect(qrCodePath(url, 'drawn-one-way')).not.toBe(qrCodePath(url, 'drawn-another'));
    expect(qrCodePath(url, 'drawn-one-way')).not.toBe(qrCodePath('https://news.example.org/a/y/', 'drawn-one-way'));
    expect(qrCodePath(url)).toBe(qrCodePath(url, qrDrawing()));
    expect(qrCodePath(url)).toMatch(/^\/qr\/[0-9a-f]{16}\.svg$/);
  });
});
