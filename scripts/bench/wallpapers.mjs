// @ts-check
// Real photographs for the benches, from Debian's plasma-workspace-wallpapers (2560×1600 JPEGs; CC BY-SA
// and LGPL): the generated archive's lead photos (archive.mjs) and the photo bench's (photos.mjs).
const WALLPAPERS = '/usr/share/wallpapers';
const NAMES = ['EveningGlow', 'Path', 'BytheWater', 'ColorfulCups', 'FallenLeaf', 'OneStandsOut', 'summer_1am', 'Kite'];

/** The path of each photograph, in a fixed order. */
export const PHOTOS = NAMES.map((name) => `${WALLPAPERS}/${name}/contents/images/2560x1600.jpg`);
