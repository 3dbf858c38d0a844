const WORDS_PER_MINUTE = 230;

/** Counts words the way a reader would: runs of letters or digits, apostrophes and hyphens inside. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[’'‐-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read `words` at an unhurried pace; never less than one. */
export function toReadingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * Cuts plain text to at most `max` characters at a word boundary and marks the cut with an
 * ellipsis, for descriptions in search results and link previews.
 */
export function toExcerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  if (flat[max - 1] === ' ') return `${cut}…`;
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.—–-]+$/u, '')}…`;
}
