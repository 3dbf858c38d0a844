// @ts-check
// Real photographs for the benches, from Debian's plasma-workspace-wallpapers (2560×1600 JPEGs; CC BY-SA
// and LGPL): the photographs among the wallpapers (the rest are drawings and renders), from which
// originals.mjs cuts the benches' originals.
import { existsSync } from 'node:fs';

const WALLPAPERS = '/usr/share/wallpapers';
const NAMES = [
  'EveningGlow',
  'Path',
  'BytheWater',
  'ColorfulCups',
  'FallenLeaf',
  'OneStandsOut',
  'summer_1am',
  'Kite',
  'ColdRipple',
  'DarkestHour',
  'Grey',
];

/** The path of each photograph, in a fixed order; the first is the photo bench's lead photo. */
export const PHOTOS = NAMES.map((name) => `${WALLPAPERS}/${name}/contents/images/2560x1600.jpg`);

/** Throws how to install the photographs when they are missing. */
export function requirePhotos() {
  const missing = PHOTOS.find((photo) => !existsSync(photo));
  if (missing)
    throw new Error(
      `${missing} is missing: the photo benchmarks use real photographs from Debian's wallpapers. Install them with: sudo apt-get install -y plasma-workspace-wallpapers`,
    );
}
