import { showInvisible } from './text-checks';

/** One problem in one content file, phrased so an editor can fix it without reading code. */
export type ContentProblem = Readonly<{
  /** Path relative to the project root, e.g. `content/nato.md`. */
  file: string;
  /** The front matter field (dotted for nested ones, e.g. `source.url`), or a pseudo-field such as `body`. */
  field: string;
  /** What was found, already made printable; undefined when the field is missing. */
  value?: string;
  /** What to write instead. */
  fix: string;
}>;

/** Formats a problem as the one line an editor sees: `file: field: "value" is wrong; fix`. */
export function formatProblem({ file, field, value, fix }: ContentProblem): string {
  // A problem with the file as a whole (a picture in content/, a symlink out of it) has nothing to quote,
  // and front matter that cannot be read is not "missing": the fix says what is wrong with it.
  if (value === undefined && field === 'file') return `${file}: ${fix}`;
  if (value === undefined && field === 'front matter') return `${file}: front matter: ${fix}`;
  const found = value === undefined ? 'is missing' : `${value} is not valid`;
  return `${file}: ${field}: ${found}; ${fix}`;
}

/** Shows a value from front matter in a message: strings quoted, long ones cut, never raw objects. */
export function showValue(value: unknown): string {
  // Invisible characters (a right-to-left override would reorder the editor's terminal line) are escaped.
  const text = showInvisible(typeof value === 'string' ? JSON.stringify(value) : safeStringify(value));
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Thrown when content cannot be published. Carries every problem found in the run, so an editor
 * fixes them all at once; its message lists one problem a line.
 */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const lines = problems.map(formatProblem);
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Content cannot be published (${count}):\n${lines.map((l) => `  - ${l}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
