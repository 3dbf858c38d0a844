// Authors' photos (authors.yml's `photo:`): checked like articles' photos and derived by the same request path.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../content/article';
import type { ContentProblem } from '../content/content-error';
import type { Registry } from '../content/registry';
import { withLines } from '../content/yaml-lines';
import { type DeriveRequest, inspectImage } from './derive-images';
import { MAX_ORIGINAL_BYTES } from './image-plan';

/** An author's photo is shown 8rem wide, 16rem on a screen of double density: the smallest version is 360 px. */
export const MIN_PORTRAIT_WIDTH = 360;

const FORMATS_TAKEN = new Set(['jpeg', 'png', 'webp', 'heif']);

/**
 * Checks each author's photo against its original in `<contentDir>/images/` (exists, at most 25 MB,
 * decodes completely, JPEG, PNG, WebP or AVIF, at least 360 px wide) and returns what the build derives
 * from it: one request each, as for a photo in an article's text (no crops: its versions are cut square
 * around the photo's focus by CSS where they are shown). Each problem names authors.yml, the field and its line.
 */
export async function checkAuthorPhotos(
  registry: Registry,
  options: Readonly<{ contentDir: string; rootDir: string; cacheDir: string }>,
): Promise<{ problems: ContentProblem[]; requests: DeriveRequest[] }> {
  const file = registry.files.author;
  const problems: ContentProblem[] = [];
  const requests: DeriveRequest[] = [];
  for (const person of registry.authors.values()) {
    if (!person.photo) continue;
    const { src } = person.photo;
    const original = path.join(options.contentDir, src);
    const problem = (fix: string) =>
      problems.push({ file, field: `${person.id}.photo.src`, value: JSON.stringify(src), fix });
    if (!existsSync(original) || !statSync(original).isFile()) {
      problem(
        `there is no file ${path.relative(options.rootDir, original)}; save the original there, or correct the name`,
      );
      continue;
    }
    if (statSync(original).size > MAX_ORIGINAL_BYTES) {
      problem(
        `an original may be at most ${MAX_ORIGINAL_BYTES / 1_000_000} MB: export it again as a JPEG at quality 90`,
      );
      continue;
    }
    const inspection = await inspectImage(original, options.cacheDir);
    if (!inspection.ok)
      problem(
        `the file cannot be read as a photo (${inspection.reason}); it may be damaged or incomplete: export it again as JPEG`,
      );
    else if (!FORMATS_TAKEN.has(inspection.format))
      problem(
        `the file is ${inspection.format.toUpperCase()}, a format not taken; save the photo as JPEG (or PNG, WebP, AVIF)`,
      );
    else if (inspection.width < MIN_PORTRAIT_WIDTH)
      problem(
        `the photo is ${inspection.width} px wide; an author’s photo must be at least ${MIN_PORTRAIT_WIDTH} px wide: use a larger original`,
      );
    else requests.push({ src, file: original, focuses: [] });
  }
  const source = path.join(options.rootDir, file);
  return { problems: existsSync(source) ? withLines(problems, readFileSync(source, 'utf8')) : problems, requests };
}

/**
 * The image check's warnings (lib/images/check-images.ts) without those about originals that are
 * authors' photos: an original no article uses is worth a word, unless an author's page shows it.
 */
export function withoutPortraits(
  warnings: readonly string[],
  portraits: readonly DeriveRequest[],
  options: Readonly<{ contentDir: string; rootDir: string }>,
): string[] {
  const shown = new Set(portraits.map(({ src }) => path.relative(options.rootDir, path.join(options.contentDir, src))));
  return warnings.filter((warning) => !shown.has(warning.slice(0, warning.indexOf(': '))));
}

/**
 * `requests` with the photos of the authors whose pages `published` makes (an author page exists only
 * for someone who wrote a published article), unless an article asked for the same original already.
 */
export function withPortraits(
  requests: readonly DeriveRequest[],
  portraits: readonly DeriveRequest[],
  registry: Registry,
  published: readonly Pick<Article, 'authors'>[],
): DeriveRequest[] {
  const all = [...requests];
  const writing = new Set(published.flatMap((article) => article.authors.map(({ id }) => id)));
  for (const [id, person] of registry.authors) {
    const portrait = portraits.find(({ src }) => src === person.photo?.src);
    if (writing.has(id) && portrait && !all.some(({ src }) => src === portrait.src)) all.push(portrait);
  }
  return all;
}
