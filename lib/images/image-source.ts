// How an editor names an original: `images/<file>` inside the content folder, in a format we take.

/** The folder of originals inside the content folder. */
export const IMAGES_FOLDER = 'images';

const TAKEN = /\.(jpe?g|png|webp|avif)$/i;
const CONVERT = /\.(gif|heic|heif|tiff?|bmp|raw|cr2|nef|arw|dng|psd|svg)$/i;

/**
 * Why `src` cannot name an original, as the fix to apply, or undefined when it can. An original is
 * `images/<file>` (JPEG, PNG, WebP or AVIF) in the content folder's `images/`; the build publishes
 * only what it derives from it.
 */
export function imageSourceProblem(src: string): string | undefined {
  const example = 'e.g. images/shoigu-in-minsk.jpg';
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src.trim()))
    return `photos are published from the newsroom's own files, never loaded from another address: save it in content/images/ and write images/<file>, ${example}`;
  if (src.startsWith('/'))
    return `put the original in content/images/ and write the path without the leading slash, ${example}`;
  if (!src.startsWith('images/') || src.slice('images/'.length).includes('/') || src.includes('\\'))
    return `put the original in content/images/ (no subfolders) and write images/<file>, ${example}`;
  if (CONVERT.test(src))
    return 'this format is not taken; save the photo as JPEG (or PNG, WebP, AVIF) and point to that file';
  if (!TAKEN.test(src)) return `name a JPEG, PNG, WebP or AVIF file ending in .jpg, .png, .webp or .avif, ${example}`;
  return undefined;
}

/** `images/Shoigu in Minsk.JPG` → `shoigu-in-minsk`: a file name safe in any URL. */
export function fileStem(src: string): string {
  const base = (src.split('/').pop() ?? src).replace(/\.[^.]*$/, '').toLowerCase();
  return base.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'image';
}
