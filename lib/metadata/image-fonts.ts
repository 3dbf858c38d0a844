import { readFileSync } from 'node:fs';
import path from 'node:path';

// Noto Sans from npm, so images are drawn with no network: Latin, Latin Extended (Łacinka) and
// Cyrillic. Each subset is its own family, because the renderer falls back between families only.
const FONT_DIR = 'node_modules/@fontsource/noto-sans/files';
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];
const WEIGHTS = [400, 700] as const;
const fontFile = (subset: string, weight: number) => `${FONT_DIR}/noto-sans-${subset}-${weight}-normal.woff`;

/** The CSS font-family list for images drawn at build time. */
export const IMAGE_FONT_FAMILY = SUBSETS.map((subset) => `"Noto Sans ${subset}"`).join(', ');

/** The font files images are drawn with, below the project folder: part of what a drawn card's name hashes. */
export const IMAGE_FONT_FILES: readonly string[] = SUBSETS.flatMap((subset) =>
  WEIGHTS.map((weight) => fontFile(subset, weight)),
);

/** The font files for the share cards (draw-card.ts) and the logo (next/og), read once. */
export const imageFonts = SUBSETS.flatMap((subset) =>
  WEIGHTS.map((weight) => ({
    name: `Noto Sans ${subset}`,
    data: readFileSync(path.join(process.cwd(), fontFile(subset, weight))),
    weight,
    style: 'normal' as const,
  })),
);

/** The site's light palette (app/styles/tokens.css), for images. */
export const IMAGE_COLOURS = { ink: '#1a1a1a', paper: '#fffdf8', accent: '#7a1f1f', muted: '#4f4b45' } as const;
