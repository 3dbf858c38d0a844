import type { ImageRendition } from '@/lib/images/image-catalog';
import { IMAGE_FORMATS, type ImageFormat } from '@/lib/images/image-plan';

/** A catalogue entry as the image step writes it, for markup tests that need no real files. */
export function fakeRendition(src = 'images/x.jpg', widths = [360, 720, 1080, 1600], ratio = 2 / 3): ImageRendition {
  const files = (label: (w: number) => string, ws: number[], format: ImageFormat) =>
    ws.map((w) => ({
      path: `/images/x-${label(w)}.0123456789.${format === 'jpeg' ? 'jpg' : format}`,
      width: w,
      height: Math.round(w * ratio),
      bytes: w * 10,
    }));
  const byFormat = (label: (w: number) => string, ws: number[]) =>
    Object.fromEntries(IMAGE_FORMATS.map((format) => [format, files(label, ws, format)])) as Record<
      ImageFormat,
      ReturnType<typeof files>
    >;
  const crop = (name: string, width: number, height: number) => ({
    path: `/images/x-${name}.0123456789.jpg`,
    width,
    height,
    bytes: 50_000,
  });
  return {
    src,
    width: 2400,
    height: 1600,
    sources: byFormat(String, widths),
    crops: {
      share: crop('share', 1200, 630),
      wide: crop('wide', 1200, 675),
      standard: crop('standard', 1200, 900),
      square: crop('square', 1200, 1200),
    },
    thumbs: byFormat((w) => `thumb${w}`, [160, 320]),
  };
}
