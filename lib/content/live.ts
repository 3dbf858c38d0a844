// Live coverage: a story marked `live:` in its front matter is written as updates, each a block opened by
// a small header between two `+++` lines (its time, and optionally a title and a key-event or pinned mark),
// newest at the top. This module splits the body into those blocks and validates them; the Markdown of
// each is rendered like any article's.
import { z } from 'zod';
import type { BodyImage, ResolveImage } from '../images/figure-plugin';
import { renderMarkdown, type SafeHtml } from '../markdown/markdown';
import { type ContentProblem, showValue } from './content-error';
import { isRealDate, toInstant } from './dates';
import { describeYamlError, parseSafeYaml } from './front-matter';
import { findInvisible } from './text-checks';

/** The line that opens and closes an update's header. */
export const UPDATE_FENCE = '+++';

/** One update of a live story, as the page, the feeds and the structured data show it. */
export type LiveUpdate = Readonly<{
  /** Its anchor and the end of its link, `update-20261204T1840Z`: its moment in UTC, unique in the story. */
  id: string;
  /** Its time as written, with its zone. */
  time: string;
  title: string | undefined;
  /** Listed among the key events. */
  key: boolean;
  /** Shown above the others, first. */
  pinned: boolean;
  html: SafeHtml;
  /** Its text as plain text, for excerpts and the key events' names of updates without a title. */
  text: string;
  paragraphs: number;
  images: readonly BodyImage[];
  /** The origins its embeds frame (its page's `frame-src`). */
  frameSources: readonly string[];
  /** The line of the file its header opens on. */
  line: number;
  /** Its Markdown and the line of the file it starts on, for the link check's line numbers. */
  markdown: string;
  firstLine: number;
}>;

/** A live story's coverage: when it began and, once it is over, ended; and its updates, newest first. */
export type LiveCoverage = Readonly<{ start: string; end: string | undefined; updates: readonly LiveUpdate[] }>;

/** The coverage window as front matter gives it. */
export type CoverageWindow = Readonly<{ start: string; end?: string | undefined }>;

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** True for a moment with its zone that exists, e.g. 2026-12-04T21:40+03:00; a bare date is not one. */
export function isRealDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  return match !== null && isRealDate(match[1] as string);
}

const TIME_FIX = 'write the update’s time with its zone, e.g. time: 2026-12-04T21:40+03:00';

/** A moment with its zone, for `live.start`, `live.end` and each update's `time`. */
export const dateTime = (fix: string) => z.string({ error: fix }).refine(isRealDateTime, { error: fix });

const flag = (name: string, does: string) =>
  z.boolean({ error: `write ${name}: true to ${does}, or remove the line` }).optional();

const TITLE_LIMIT = 120;

const headerSchema = z.strictObject({
  time: dateTime(TIME_FIX),
  title: z
    .string({ error: 'write the update’s title as one line of text, or remove the line' })
    .trim()
    .min(1, { error: 'write the update’s title as one line of text, or remove the line' })
    .superRefine((value, context) => {
      const invisible = findInvisible(value);
      if (invisible)
        context.addIssue({ code: 'custom', message: `remove the invisible character ${invisible}; write visible text only` });
      const length = [...value].length;
      if (length > TITLE_LIMIT)
        context.addIssue({
          code: 'custom',
          message: `an update’s title may be at most ${TITLE_LIMIT} characters, and this one has ${length}: shorten it`,
        });
    })
    .optional(),
  key: flag('key', 'list this update among the key events'),
  pinned: flag('pinned', 'show this update above the others'),
  removed: flag('removed', 'take this update off the page while keeping it in the file'),
});

const HEADER_FIELDS = Object.keys(headerSchema.shape);

/** One `+++` block as written: its header's lines and its Markdown, with where each begins in the file. */
type Block = { line: number; header: string[]; markdown: string; firstLine: number };

/**
 * Splits a live story's body into its update blocks. `firstLine` is the file's line of the body's first
 * line. Text before the first block and a header never closed are problems.
 */
function splitBlocks(file: string, body: string, firstLine: number): { blocks: Block[]; problems: ContentProblem[] } {
  const lines = body.split('\n');
  const blocks: Block[] = [];
  const problems: ContentProblem[] = [];
  const opening = lines.findIndex((line) => line.trim() === UPDATE_FENCE);
  const before = lines.slice(0, opening === -1 ? lines.length : opening).findIndex((line) => line.trim() !== '');
  if (before !== -1)
    problems.push({
      file,
      field: `body (line ${firstLine + before})`,
      value: showValue(lines[before]?.trim()),
      fix: `a live story is written as updates: start each with a header between two "${UPDATE_FENCE}" lines, e.g. "${UPDATE_FENCE}", "time: 2026-12-04T21:40+03:00", "${UPDATE_FENCE}", then its text`,
    });
  let index = opening;
  while (index !== -1 && index < lines.length) {
    const close = lines.findIndex((line, at) => at > index && line.trim() === UPDATE_FENCE);
    if (close === -1) {
      problems.push({
        file,
        field: `update (line ${firstLine + index})`,
        fix: `close the update’s header with a line of exactly "${UPDATE_FENCE}" after its time, title and marks`,
      });
      break;
    }
    const next = lines.findIndex((line, at) => at > close && line.trim() === UPDATE_FENCE);
    const end = next === -1 ? lines.length : next;
    blocks.push({
      line: firstLine + index,
      header: lines.slice(index + 1, close),
      markdown: lines.slice(close + 1, end).join('\n'),
      firstLine: firstLine + close + 1,
    });
    index = next;
  }
  return { blocks, problems };
}

/** The line of the file on which `field` is written in `block`'s header, or the header's own line. */
function fieldLine(block: Block, field: string): number {
  const at = block.header.findIndex((line) => line.startsWith(`${field}:`));
  return at === -1 ? block.line : block.line + 1 + at;
}

/** `update-20261204T1840Z`, or with seconds when it has them: a moment's anchor, the same whatever zone wrote it. */
function anchorOf(time: string): string {
  const iso = toInstant(time).toISOString();
  const seconds = iso.slice(17, 19);
  return `update-${iso.slice(0, 10).replaceAll('-', '')}T${iso.slice(11, 13)}${iso.slice(14, 16)}${seconds === '00' ? '' : seconds}Z`;
}

type Header = z.infer<typeof headerSchema>;
type Parsed = { block: Block; header: Header; rendered: ReturnType<typeof renderMarkdown> };

/**
 * Reads a live story's updates from its body: every problem with file, line and fix, or the updates
 * newest first (removed ones left out, their anchors kept by the others). Each body is rendered as any
 * article's, without paragraph anchors. `coverage` is the front matter's `live:`, when valid.
 */
export function parseUpdates(
  file: string,
  body: string,
  firstLine: number,
  options: Readonly<{ language: string; resolveImage: ResolveImage | undefined; coverage: CoverageWindow | undefined }>,
): { updates: LiveUpdate[]; problems: ContentProblem[] } {
  const { blocks, problems } = splitBlocks(file, body, firstLine);
  if (blocks.length === 0 && problems.length === 0)
    problems.push({
      file,
      field: 'body',
      fix: `write the first update below the closing "---": "${UPDATE_FENCE}", "time: …", "${UPDATE_FENCE}", then its text`,
    });
  const parsed: Parsed[] = [];
  blocks.forEach((block, index) => {
    const header = readHeader(file, block, problems);
    const rendered = renderMarkdown(block.markdown, options.resolveImage, options.language, {
      paragraphAnchors: false,
      idPrefix: `u${index + 1}-`,
    });
    for (const { line, found, fix } of rendered.problems)
      problems.push({ file, field: `body (line ${line === undefined ? block.firstLine : line + block.firstLine - 1})`, value: found, fix });
    if (header) parsed.push({ block, header, rendered });
  });
  problems.push(...crossProblems(file, parsed, options.coverage));
  if (problems.length > 0) return { updates: [], problems };
  return { updates: toUpdates(parsed), problems };
}

/** The header of one block, validated, or undefined with its problems added to `problems`. */
function readHeader(file: string, block: Block, problems: ContentProblem[]): Header | undefined {
  let data: unknown;
  try {
    data = parseSafeYaml(block.header.join('\n')) ?? {};
  } catch (error) {
    problems.push({
      file,
      field: `update (line ${block.line})`,
      fix: describeYamlError(error).replace(/at front matter line (\d+)/, (_, line: string) => `at line ${block.line + Number(line)}`),
    });
    return undefined;
  }
  const checked = headerSchema.safeParse(data);
  if (checked.success) return checked.data;
  for (const issue of checked.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        problems.push({
          file,
          field: `update.${key} (line ${fieldLine(block, key)})`,
          value: showValue((data as Record<string, unknown>)[key]),
          fix: `an update’s header has only ${HEADER_FIELDS.join(', ')}; write one of those, or move the text below the second "${UPDATE_FENCE}"`,
        });
      continue;
    }
    const field = String(issue.path[0] ?? 'time');
    const value = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[field] : undefined;
    problems.push({
      file,
      field: `update.${field} (line ${fieldLine(block, field)})`,
      ...(value === undefined ? {} : { value: showValue(value) }),
      fix: issue.message,
    });
  }
  return undefined;
}

/** What is wrong with the updates taken together: times outside the coverage, repeats, marks on nothing. */
function crossProblems(file: string, parsed: readonly Parsed[], coverage: CoverageWindow | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, Parsed>();
  let pinned: Parsed | undefined;
  for (const entry of parsed) {
    const { block, header, rendered } = entry;
    const at = (field: string) => `update.${field} (line ${fieldLine(block, field)})`;
    const moment = toInstant(header.time).getTime();
    if (coverage && isRealDateTime(coverage.start)) {
      const start = toInstant(coverage.start).getTime();
      const end = coverage.end && isRealDateTime(coverage.end) ? toInstant(coverage.end).getTime() : undefined;
      if (moment < start || (end !== undefined && moment > end))
        problems.push({
          file,
          field: at('time'),
          value: showValue(header.time),
          fix: `an update falls within the coverage, from live.start ${coverage.start}${coverage.end ? ` to live.end ${coverage.end}` : ' on'}: correct its time, or the coverage’s ${moment < start ? 'start' : 'end'}`,
        });
    }
    const same = `${moment}\u0000${header.title ?? ''}`;
    const twin = seen.get(same);
    if (twin)
      problems.push({
        file,
        field: at('time'),
        value: showValue(header.time),
        fix: `the update at line ${twin.block.line} has the same time and title; delete the copy, or correct its time or title`,
      });
    else seen.set(same, entry);
    const says = header.title !== undefined || rendered.html.trim() !== '';
    for (const mark of ['key', 'pinned'] as const)
      if (header[mark] && !says)
        problems.push({
          file,
          field: at(mark),
          value: 'true',
          fix: `the ${mark === 'key' ? 'key-event' : 'pinned'} mark is on an update with no title and no text; write the update below its header, or remove ${mark}: true`,
        });
    if (!says && !header.key && !header.pinned && !header.removed)
      problems.push({ file, field: `update (line ${block.line})`, fix: 'the update has no title and no text; write it below its header, or delete the block' });
    if (header.pinned && header.removed)
      problems.push({
        file,
        field: at('removed'),
        value: 'true',
        fix: 'a pinned update stays on top, so it cannot be removed: remove pinned: true first (pin another update if the page needs one)',
      });
    if (header.pinned && !header.removed) {
      if (pinned)
        problems.push({
          file,
          field: at('pinned'),
          value: 'true',
          fix: `the update at line ${pinned.block.line} is pinned already; one update is pinned at a time, so remove pinned: true from one of them`,
        });
      else pinned = entry;
    }
  }
  return problems;
}

/** The valid updates, newest first, each with its anchor; removed ones are left out after every anchor is given. */
function toUpdates(parsed: readonly Parsed[]): LiveUpdate[] {
  // Anchors are given oldest written first (the bottom of the file), so a new update at the top never renumbers one.
  const taken = new Map<string, number>();
  const anchors = [...parsed].reverse().map(({ header }) => {
    const base = anchorOf(header.time);
    const count = (taken.get(base) ?? 0) + 1;
    taken.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
  anchors.reverse();
  return parsed
    .map(({ block, header, rendered }, index): [LiveUpdate, boolean] => [
      {
        id: anchors[index] as string,
        time: header.time,
        title: header.title,
        key: header.key ?? false,
        pinned: header.pinned ?? false,
        html: rendered.html,
        text: rendered.text,
        paragraphs: rendered.paragraphs,
        images: rendered.images.map((image) => ({
          ...image,
          line: image.line === undefined ? undefined : image.line + block.firstLine - 1,
        })),
        frameSources: rendered.frameSources,
        line: block.line,
        markdown: block.markdown,
        firstLine: block.firstLine,
      },
      header.removed ?? false,
    ])
    .filter(([, removed]) => !removed)
    .map(([update]) => update)
    .sort((a, b) => toInstant(b.time).getTime() - toInstant(a.time).getTime());
}

/** True when the body holds a `+++` line: a live story's updates, in a file whose front matter has no `live:`. */
export function hasUpdateBlocks(body: string): boolean {
  return body.split('\n').some((line) => line.trim() === UPDATE_FENCE);
}
