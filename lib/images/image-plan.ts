// What the build makes from one original photo: pure arithmetic, no image library.

/** Widths of the responsive versions, in pixels: a phone's column at 1× and 2×, a desktop's at 1.5× and 2×. */
export const RESPONSIVE_WIDTHS: readonly number[] = [360, 720, 1080, 1600];

/**
 * Every picture is offered as AVIF, with JPEG for browsers without it. WebP is not made: the browsers
 * that take WebP but not AVIF had 0.6 % of readers in caniuse's data (README, Photos), and they get the
 * JPEG, while WebP took a sixth of the build's encoding time.
 */
export const IMAGE_FORMATS = ['avif', 'jpeg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export const MIME_TYPES: Readonly<Record<ImageFormat, string>> = {
  avif: 'image/avif',
  jpeg: 'image/jpeg',
};

/**
 * Crops of a lead photo: the share preview (what chat apps and social sites show) and the three aspect
 * ratios Google asks of an article's images, each 1200 px wide, or as large as the photo holds (cropSize).
 */
export const CROPS = {
  share: { width: 1200, height: 630 },
  wide: { width: 1200, height: 675 },
  standard: { width: 1200, height: 900 },
  square: { width: 1200, height: 1200 },
} as const;
export type CropName = keyof typeof CROPS;

/** The list thumbnail, 3:2, at the two widths a list's 8rem box needs at 1× and 2×. */
export const THUMB_WIDTHS: readonly number[] = [160, 320];
export const THUMB_RATIO = 2 / 3;

/** Where in the photo a crop keeps its middle. */
export const FOCUS_POINTS = [
  'center',
  'top',
  'bottom',
  'left',
  'right',
  'top-left',
  'top-right',
  'bottom-left',
  'bottom-right',
] as const;
export type Focus = (typeof FOCUS_POINTS)[number];

/** The smallest lead photo: its share preview, 1200×630, is never enlarged. */
export const MIN_LEAD_SIZE = CROPS.share;
/** The largest original accepted: a camera's full-size JPEG is 5–15 MB. */
export const MAX_ORIGINAL_BYTES = 25_000_000;

/** One file the build makes from an original. */
export type DerivativeSpec =
  | Readonly<{ kind: 'resize'; width: number; format: ImageFormat }>
  | Readonly<{ kind: 'crop'; name: CropName; width: number; height: number; focus: Focus }>
  | Readonly<{ kind: 'thumb'; width: number; height: number; format: ImageFormat; focus: Focus }>;

/**
 * The responsive widths for an original `width` px wide: every standard width it can fill without
 * being enlarged, and the original width itself when it falls between two (or below the first).
 */
export function responsiveWidths(width: number): number[] {
  const fitting = RESPONSIVE_WIDTHS.filter((candidate) => candidate <= width);
  const largest = RESPONSIVE_WIDTHS.at(-1) ?? width;
  if (width < largest && !fitting.includes(width)) fitting.push(width);
  return fitting;
}

/**
 * The size of a crop of `shape` from a photo of `photo` size: the shape itself, or when the photo is
 * smaller in either direction, the largest crop of that aspect ratio it holds (a photo is never enlarged).
 */
export function cropSize(
  shape: Readonly<{ width: number; height: number }>,
  photo: Readonly<{ width: number; height: number }>,
): { width: number; height: number } {
  const scale = Math.min(1, photo.width / shape.width, photo.height / shape.height);
  return { width: Math.round(shape.width * scale), height: Math.round(shape.height * scale) };
}

/**
 * Everything the build derives from one original of `photo` size (after orientation): responsive
 * versions in every format, and for each focus an article leads with it, the crops and thumbnails cut
 * around that focus.
 */
export function planDerivatives(
  photo: Readonly<{ width: number; height: number }>,
  focuses: readonly Focus[],
): DerivativeSpec[] {
  const resized = responsiveWidths(photo.width).flatMap((w) =>
    IMAGE_FORMATS.map((format): DerivativeSpec => ({ kind: 'resize', width: w, format })),
  );
  const cuts = focuses.flatMap((focus) => [
    ...(Object.keys(CROPS) as CropName[]).map((name): DerivativeSpec => ({
      kind: 'crop',
      name,
      ...cropSize(CROPS[name], photo),
      focus,
    })),
    ...THUMB_WIDTHS.flatMap((w) =>
      IMAGE_FORMATS.map((format): DerivativeSpec => ({
        kind: 'thumb',
        ...cropSize({ width: w, height: Math.round(w * THUMB_RATIO) }, photo),
        format,
        focus,
      })),
    ),
  ]);
  return [...resized, ...cuts];
}

/**
 * The quality (1–100) a derivative is encoded at, by the build or by an image service. It falls for the
 * widths only screens of 2× and 3× density fetch, where each pixel is smaller than the eye resolves;
 * crops are fetched by chat apps and search engines, which compress them again, so they get more.
 * Chosen by SSIM and bytes against the settings before issue 24 (BENCHMARKS.md, "What each photo file costs").
 */
export function qualityOf(spec: DerivativeSpec): number {
  if (spec.kind === 'crop') return 80;
  const large = spec.width > 720;
  return spec.format === 'avif' ? (large ? 42 : 52) : large ? 62 : 68;
}

/** A stable key for a spec naming everything that shapes its file (kind, size, focus, format), for caches. */
export function specKey(spec: DerivativeSpec): string {
  switch (spec.kind) {
    case 'resize':
      return `resize-${spec.width}.${spec.format}`;
    case 'crop':
      return `crop-${spec.name}-${spec.width}x${spec.height}-${spec.focus}.jpeg`;
    case 'thumb':
      return `thumb-${spec.width}x${spec.height}-${spec.focus}.${spec.format}`;
  }
}
