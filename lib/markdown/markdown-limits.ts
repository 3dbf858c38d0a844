import type { BodyProblem } from './body-problem';

/** Quotes and lists nested deeper than this are refused: about 4,000 `>` overflow the parser's stack. */
export const MAX_NESTING = 20;
/** Lines in the body: parsing time grows faster than the number of lines. */
export const MAX_LINES = 5_000;
/** Lines inside quotes or lists, which cost the parser most (1,000 nested list lines take about 0.3 s). */
export const MAX_CONTAINER_LINES = 1_000;
/** Markup characters in one paragraph: inline parsing slows down sharply with many of them together. */
export const MAX_MARKUP_PER_PARAGRAPH = 1_000;
/** Markup characters in the whole text: each one becomes a node in every later step. */
export const MAX_MARKUP_PER_BODY = 10_000;

// A quote marker, or a list marker followed by a space or the end of the line.
const CONTAINER = /^(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))/;
// Delimiters whose count drives inline parsing time: a run of * or _ or ` is one, each [ ] < is one.
const MARKUP = /\*+|_+|`+|[[\]<]/g;

/**
 * How deeply quotes and lists nest on one line: each `>` or list marker at the start is one level,
 * and so are each two columns of indentation (a nested list item is indented by at least two).
 */
export function nestingDepth(line: string): number {
  let depth = 0;
  let columns = 0;
  let index = 0;
  for (;;) {
    while (line[index] === ' ' || line[index] === '\t') {
      columns += line[index] === '\t' ? 4 : 1;
      index += 1;
    }
    const marker = CONTAINER.exec(line.slice(index, index + 11));
    if (!marker) return depth + Math.floor(columns / 2);
    depth += 1;
    index += marker[0].length;
    if (line[index] === ' ') index += 1;
  }
}

/**
 * Finds what would make the Markdown parser overflow its stack or run for seconds, with one cheap
 * pass over the lines before parsing. Paragraphs are approximated by blank-line separated blocks,
 * which are never smaller than the parser's own, so nothing slips through.
 */
export function checkMarkdownLimits(markdown: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const lines = markdown.split('\n');
  let total = 0;
  let block = 0;
  let blockStart = 1;
  let blockReported = false;
  let containerLines = 0;
  if (lines.length > MAX_LINES) {
    problems.push({
      line: undefined,
      found: `${lines.length.toLocaleString('en')} lines`,
      fix: `an article may have at most ${MAX_LINES.toLocaleString('en')} lines; write each paragraph on one line, or split it into several articles`,
    });
  }
  lines.forEach((line, index) => {
    const depth = nestingDepth(line);
    if (depth > 0) containerLines += 1;
    if (depth > MAX_NESTING && problems.length < 5) {
      problems.push({
        line: index + 1,
        found: `quotes or lists nested ${depth} levels deep`,
        fix: `nest quotes and lists at most ${MAX_NESTING} levels deep (each ">", list marker or two spaces of indentation is a level)`,
      });
    }
    if (line.trim() === '') {
      block = 0;
      blockReported = false;
      blockStart = index + 2;
      return;
    }
    const markup = line.match(MARKUP)?.length ?? 0;
    block += markup;
    total += markup;
    if (block > MAX_MARKUP_PER_PARAGRAPH && !blockReported && problems.length < 5) {
      blockReported = true;
      problems.push({
        line: blockStart,
        found: `a paragraph with over ${MAX_MARKUP_PER_PARAGRAPH.toLocaleString('en')} markup characters (* _ \` [ ] <)`,
        fix: `use at most ${MAX_MARKUP_PER_PARAGRAPH.toLocaleString('en')} in a paragraph: split it with blank lines, or remove pasted code or data`,
      });
    }
  });
  if (containerLines > MAX_CONTAINER_LINES) {
    problems.push({
      line: undefined,
      found: `${containerLines.toLocaleString('en')} lines in quotes or lists`,
      fix: `at most ${MAX_CONTAINER_LINES.toLocaleString('en')} lines may be in quotes or lists (or indented); split it into several articles`,
    });
  }
  if (total > MAX_MARKUP_PER_BODY) {
    problems.push({
      line: undefined,
      found: `${total.toLocaleString('en')} markup characters (* _ \` [ ] <)`,
      fix: `use at most ${MAX_MARKUP_PER_BODY.toLocaleString('en')} in one article: split it into several articles, or remove pasted code or data`,
    });
  }
  return problems;
}
