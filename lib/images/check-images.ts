// The image check: every photo an article names exists, is a readable original of a format we take, and fits its use.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../content/article';
import type { ContentProblem } from '../content/content-error';
import { type DeriveRequest, inspectImage } from './derive-images';
import { type Focus, FOCUS_POINTS, MAX_ORIGINAL_BYTES, MIN_LEAD_SIZE } from './image-plan';
import { IMAGES_FOLDER } from './image-source';

const FORMATS_TAKEN = new Set(['jpeg', 'png', 'webp', 'heif']);

type Use = Readonly<{ article: Article; field: string; src: string; lead: boolean; focus: Focus }>;

export type ImageCheck = Readonly<{
  problems: readonly ContentProblem[];
  /** Originals no article uses: worth a word, not worth stopping a build. */
  warnings: readonly string[];
  /** What the build derives: every original in use, once, with the focus of each article that leads with it. */
  requests: readonly DeriveRequest[];
}>;

/**
 * Checks every photo the articles name against its original in `<contentDir>/images/`: that it
 * exists, is at most 25 MB, decodes completely, is JPEG, PNG, WebP or AVIF, and, as a lead photo,
 * is at least 1200×630 px (the share preview). Each problem names the article, the field or body line, and the fix.
 */
export async function checkImages(
  articles: readonly Article[],
  options: Readonly<{ contentDir: string; rootDir: string; cacheDir: string }>,
): Promise<ImageCheck> {
  const imagesDir = path.join(options.contentDir, IMAGES_FOLDER);
  const shown = (file: string) => path.relative(options.rootDir, file) || file;
  const uses: Use[] = articles.flatMap((article) => [
    ...(article.image
      ? [{ article, field: 'image.src', src: article.image.src, lead: true, focus: article.image.focus }]
      : []),
    ...article.bodyImages.map(({ src, line }) => ({
      article,
      field: line === undefined ? 'body' : `body (line ${line})`,
      src,
      lead: false,
      focus: 'center' as const,
    })),
  ]);
  const problems: ContentProblem[] = [];
  const requests = new Map<string, DeriveRequest>();
  for (const use of uses) {
    const file = path.join(options.contentDir, use.src);
    const problem = (fix: string): ContentProblem => ({
      file: use.article.file,
      field: use.field,
      value: JSON.stringify(use.src),
      fix,
    });
    if (!existsSync(file) || !statSync(file).isFile()) {
      problems.push(problem(`there is no file ${shown(file)}; save the original there, or correct the name`));
      continue;
    }
    const bytes = statSync(file).size;
    if (bytes > MAX_ORIGINAL_BYTES) {
      problems.push(
        problem(
          `the original is ${(bytes / 1_000_000).toFixed(1)} MB; an original may be at most ${MAX_ORIGINAL_BYTES / 1_000_000} MB: export it again as a JPEG at quality 90`,
        ),
      );
      continue;
    }
    const inspection = await inspectImage(file, options.cacheDir);
    if (!inspection.ok) {
      problems.push(
        problem(
          `the file cannot be read as a photo (${inspection.reason}); it may be damaged or incomplete: export it again as JPEG`,
        ),
      );
      continue;
    }
    if (!FORMATS_TAKEN.has(inspection.format)) {
      problems.push(
        problem(
          `the file is ${inspection.format.toUpperCase()}, a format not taken; save the photo as JPEG (or PNG, WebP, AVIF)`,
        ),
      );
      continue;
    }
    if (use.lead && (inspection.width < MIN_LEAD_SIZE.width || inspection.height < MIN_LEAD_SIZE.height)) {
      problems.push(
        problem(
          `the photo is ${inspection.width}×${inspection.height} px; a lead photo must be at least ${MIN_LEAD_SIZE.width}×${MIN_LEAD_SIZE.height} px, the size of a share preview, so that it is never enlarged: use a larger original`,
        ),
      );
      continue;
    }
    // One request per original, with every focus its articles lead with: each gets its own crops.
    const focuses = new Set(requests.get(use.src)?.focuses);
    if (use.lead) focuses.add(use.focus);
    requests.set(use.src, { src: use.src, file, focuses: FOCUS_POINTS.filter((focus) => focuses.has(focus)) });
  }
  const used = new Set(uses.map(({ src }) => src));
  const warnings = existsSync(imagesDir)
    ? readdirSync(imagesDir)
        .filter((name) => !name.startsWith('.') && !used.has(`${IMAGES_FOLDER}/${name}`))
        .sort()
        .map(
          (name) =>
            `${shown(path.join(imagesDir, name))}: no article uses this file; add it to an article or delete it`,
        )
    : [];
  return { problems, warnings, requests: [...requests.values()] };
}

/**
 * The requests for the photos `published` articles show: an embargoed story's photo waits with it,
 * and its focus is left out of the crops made.
 */
export function publishedRequests(requests: readonly DeriveRequest[], published: readonly Article[]): DeriveRequest[] {
  const leads = new Map<string, Set<Focus>>();
  const inBodies = new Set<string>();
  for (const article of published) {
    if (article.image)
      leads.set(article.image.src, (leads.get(article.image.src) ?? new Set()).add(article.image.focus));
    for (const { src } of article.bodyImages) inBodies.add(src);
  }
  return requests
    .filter(({ src }) => leads.has(src) || inBodies.has(src))
    .map((request) => ({ ...request, focuses: request.focuses.filter((focus) => leads.get(request.src)?.has(focus)) }));
}
