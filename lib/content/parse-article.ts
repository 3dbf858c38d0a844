import type { z } from 'zod';
import type { Article, BodyLink } from './article';
import { ALT_PLACEHOLDER, BODY_PLACEHOLDER, STANDFIRST_PLACEHOLDER, UPDATE_PLACEHOLDER } from './scaffold';
import {
  type FrontMatter,
  CORRECTION_FIELDS,
  FRONT_MATTER_FIELDS,
  frontMatterSchema,
  IMAGE_FIELDS,
  LIVE_FIELDS,
} from './article-schema';
import { countWords, toExcerpt, toReadingMinutes } from './article-stats';
import { type ContentProblem, showValue } from './content-error';
import { inNewsroomTime, toInstant } from './dates';
import { decodeUtf8 } from './decode-text';
import { editDistance } from './edit-distance';
import { mechanicalFix } from './fix-suggestions';
import { splitFrontMatter } from './front-matter';
import type { ResolveImage } from '../images/figure-plugin';
import { renderMarkdown, type SafeHtml } from '../markdown/markdown';
import { hasUpdateBlocks, type LiveUpdate, parseUpdates, UPDATE_FENCE } from './live';
import { slugify } from './slugify';
import { lookUp, type Named, type Registry } from './registry';

export type ParseResult =
  Readonly<{ ok: true; article: Article }> | Readonly<{ ok: false; problems: readonly ContentProblem[] }>;

/** An article file may be at most 1 MB (about 150,000 words); parsing time grows with size. */
export const MAX_FILE_BYTES = 1_000_000;

/**
 * Turns one content file's bytes into an Article, or into every problem that stops it from being
 * published. `file` is the path shown in messages; `timeZone` is the newsroom's (site.yml), in which
 * its dates are read. Never throws: an unexpected failure while reading the file becomes a problem for
 * that file.
 */
export function parseArticle(
  file: string,
  bytes: Uint8Array,
  resolveImage?: ResolveImage,
  registry?: Registry,
  timeZone = 'UTC',
): ParseResult {
  try {
    return parseBytes(file, bytes, resolveImage, registry, timeZone);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      ok: false,
      problems: [
        {
          file,
          field: 'file',
          value: JSON.stringify(reason.slice(0, 120)),
          fix: 'this file could not be read; simplify the part you changed last, and report it to the developers if it persists',
        },
      ],
    };
  }
}

function parseBytes(
  file: string,
  bytes: Uint8Array,
  resolveImage: ResolveImage | undefined,
  registry: Registry | undefined,
  timeZone: string,
): ParseResult {
  const problem = (field: string, fix: string, value?: string): ParseResult => ({
    ok: false,
    problems: [{ file, field, fix, ...(value === undefined ? {} : { value }) }],
  });
  if (bytes.length > MAX_FILE_BYTES) {
    return problem(
      'file',
      `an article may be at most ${MAX_FILE_BYTES / 1_000_000} MB (about 150,000 words); split it into several articles`,
      `${(bytes.length / 1_000_000).toFixed(1)} MB`,
    );
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok)
    return problem('file', 'save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)', decoded.found);
  const split = splitFrontMatter(decoded.text);
  if (!split.ok) return problem(split.field, split.fix, split.value);

  const checked = frontMatterSchema.safeParse(split.data);
  const problems: ContentProblem[] = checked.success ? [] : toProblems(file, split.data, checked.error);

  const isLive = valueAt(split.data, ['live']) !== undefined;
  if (split.body.trim() === '' && !isLive) {
    problems.push({ file, field: 'body', fix: 'write the article text below the closing "---"' });
  }
  if (checked.success && checked.data.draft !== true)
    problems.push(...placeholderProblems(file, checked.data, split.body));
  const language = checked.success ? checked.data.language : 'en';
  const live = isLive
    ? parseUpdates(file, split.body, split.bodyFirstLine, {
        language,
        resolveImage,
        coverage: checked.success ? checked.data.live : undefined,
      })
    : undefined;
  if (live) problems.push(...live.problems);
  const body = live ? undefined : renderMarkdown(split.body, resolveImage, language);
  for (const { line, found, fix } of body?.problems ?? []) {
    problems.push({
      file,
      field: line === undefined ? 'body' : `body (line ${line + split.bodyFirstLine - 1})`,
      value: found,
      fix,
    });
  }
  if (!isLive && hasUpdateBlocks(split.body))
    problems.push({
      file,
      field: 'live',
      fix: `"${UPDATE_FENCE}" lines open a live story’s updates; mark the story live in its front matter ("live:" with "start: 2026-12-04T18:00+03:00" under it), or remove them`,
    });
  const named = checked.success ? resolveNames(file, checked.data, registry) : undefined;
  if (named) problems.push(...named.problems);
  if (!checked.success || !named || problems.length > 0) return { ok: false, problems };

  // `author` as written is replaced by `authors`, the registered people it names.
  const {
    draft = false,
    aliases = [],
    corrections = [],
    image,
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    author,
    translationKey,
    live: coverage,
    ...frontMatter
  } = checked.data;
  const updates = live?.updates ?? [];
  const text = body ? body.text : updates.map((update) => update.text).join('\n\n');
  const plainText = `${frontMatter.standfirst}\n\n${text}`;
  const words = countWords(plainText);
  const modified = latestChange(frontMatter.updated, corrections);
  return {
    ok: true,
    article: {
      ...frontMatter,
      published: inNewsroomTime(frontMatter.published, timeZone),
      publishedAt: toInstant(frontMatter.published, timeZone).toISOString(),
      draft,
      aliases,
      corrections,
      image: image && {
        src: image.src,
        alt: image.alt.trim(),
        caption: image.caption,
        credit: image.credit,
        focus: image.focus ?? 'center',
        rendition: resolveImage?.(image.src, image.focus ?? 'center'),
      },
      bodyImages: body
        ? body.images.map((image) => ({
            ...image,
            line: image.line === undefined ? undefined : image.line + split.bodyFirstLine - 1,
          }))
        : updates.flatMap((update) => update.images),
      modified,
      modifiedAt: modified === undefined ? undefined : toInstant(modified, timeZone).toISOString(),
      authors: named.authors,
      topicRefs: named.topics.map(({ id, name }) => ({ name, slug: id })),
      translationKey,
      live: coverage && { start: coverage.start, end: coverage.end, updates },
      file,
      bodyHtml: body ? body.html : ('' as SafeHtml),
      frameSources: body ? body.frameSources : [...new Set(updates.flatMap((update) => update.frameSources))].sort(),
      bodyLinks: body ? findBodyLinks(body.html, split.body, split.bodyFirstLine) : updatesLinks(updates),
      plainText,
      excerpt: toExcerpt(frontMatter.standfirst),
      stats: {
        words,
        readingMinutes: toReadingMinutes(words),
        paragraphs: body ? body.paragraphs : updates.reduce((sum, update) => sum + update.paragraphs, 0),
      },
    },
  };
}

/**
 * The registered people and topics the front matter names, each in the article's language, or the
 * problem with each name that is not registered. Without a registry (checking one file on its own)
 * each name stands for itself, with a slug made from it.
 */
function resolveNames(file: string, data: FrontMatter, registry: Registry | undefined) {
  const problems: ContentProblem[] = [];
  const written = typeof data.author === 'string' ? [data.author] : data.author;
  const resolve = (kind: 'author' | 'topic', names: readonly string[], field: (index: number) => string) => {
    const found = new Map<string, Named>();
    names.forEach((name, index) => {
      if (!registry) {
        const id = slugify(name, kind === 'author' ? 'en' : data.language);
        if (id) found.set(id, { id, name });
        return;
      }
      const result = lookUp(registry, kind, name, data.language);
      if ('fix' in result) problems.push({ file, field: field(index), value: showValue(name), fix: result.fix });
      else found.set(result.found.id, result.found);
    });
    return [...found.values()];
  };
  const authors = resolve('author', written, (index) => (typeof data.author === 'string' ? 'author' : `author.${index}`));
  const topics = resolve('topic', data.topics, (index) => `topics.${index}`);
  return { authors, topics, problems };
}

/** `npm run new` writes placeholders for the editor to replace; none may be published. */
function placeholderProblems(file: string, data: FrontMatter, body: string): ContentProblem[] {
  const left = [
    { field: 'standfirst', value: data.standfirst, placeholder: STANDFIRST_PLACEHOLDER },
    { field: 'image.alt', value: data.image?.alt, placeholder: ALT_PLACEHOLDER },
    { field: 'body', value: body.trim(), placeholder: BODY_PLACEHOLDER },
    {
      field: 'body',
      value: body.split('\n').some((line) => line.trim() === UPDATE_PLACEHOLDER) ? UPDATE_PLACEHOLDER : undefined,
      placeholder: UPDATE_PLACEHOLDER,
    },
  ];
  return left
    .filter(({ value, placeholder }) => value === placeholder)
    .map(({ field, value }) => ({
      file,
      field,
      value: showValue(value),
      fix: 'replace the text npm run new wrote with your own, or keep draft: true until you have',
    }));
}

function toProblems(file: string, data: unknown, error: z.ZodError): ContentProblem[] {
  return error.issues.flatMap((issue): ContentProblem[] => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: [...path, key].join('.'),
        value: showValue(valueAt(data, [...path, key])),
        fix: unknownFieldFix(key, knownFieldsAt(path)),
      }));
    }
    const value = valueAt(data, path);
    const field = path.length === 0 ? 'front matter' : path.join('.');
    return [
      {
        file,
        field,
        ...(value === undefined ? {} : { value: showValue(value) }),
        fix: mechanicalFix(field, value, valueAt(data, ['language'])) ?? issue.message,
      },
    ];
  });
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let current = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function knownFieldsAt(path: readonly string[]): readonly string[] {
  if (path.length === 0) return FRONT_MATTER_FIELDS;
  if (path[0] === 'live') return LIVE_FIELDS;
  if (path[0] === 'corrections') return CORRECTION_FIELDS;
  return path[0] === 'image' ? IMAGE_FIELDS : ['name', 'url'];
}

/** The fix for an unknown front matter field `key`: the nearest of `known` when it is close, and every known one. */
export function unknownFieldFix(key: string, known: readonly string[]): string {
  const nearest = known
    .map((name) => ({ name, distance: editDistance(key.toLowerCase(), name.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance)[0];
  const hint = nearest && nearest.distance <= 2 ? `did you mean "${nearest.name}"? ` : '';
  return `${hint}this field is unknown and would be ignored; use one of: ${known.join(', ')}`;
}


/** The link and image addresses of a live story's updates, each with its line in the file. */
export function updatesLinks(updates: readonly LiveUpdate[]): BodyLink[] {
  return updates.flatMap((update) => findBodyLinks(update.html, update.markdown, update.firstLine));
}

const ADDRESS = /<(a|img)\b[^>]*?\s(?:href|src)="([^"]*)"/g;

/**
 * The link and image addresses of a rendered body, each with the line of the file whose Markdown
 * writes it (the first line that contains the address, as written or percent-decoded).
 */
export function findBodyLinks(html: string, markdown: string, firstLine: number): BodyLink[] {
  const lines = markdown.split('\n');
  return [...html.matchAll(ADDRESS)].map(([, tag, written = '']) => {
    const target = decodeAttribute(written);
    let decoded = target;
    try {
      decoded = decodeURI(target);
    } catch {
      // Not percent-encoded text: search for it as it is.
    }
    const index = lines.findIndex((line) => line.includes(target) || line.includes(decoded));
    return { kind: tag === 'img' ? 'image' : 'link', target, line: index === -1 ? undefined : index + firstLine };
  });
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(amp|quot|lt|gt);/g, (_, name: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>' })[name] ?? '');
}

/** The last day the article changed after publication: its `updated` date or its newest correction. */
function latestChange(updated: string | undefined, corrections: readonly { date: string }[]): string | undefined {
  const dates = [updated, ...corrections.map(({ date }) => date)].filter((date): date is string => date !== undefined);
  return dates.sort().at(-1);
}
