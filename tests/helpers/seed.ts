import { readFileSync } from 'node:fs';
import path from 'node:path';

const SEED = path.resolve(import.meta.dirname, '../fixtures/seed/article.txt');

/** The seed article as received: headline, paragraphs, byline. */
export function seedParagraphs(): string[] {
  return readFileSync(SEED, 'utf8')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** Every sentence of the seed article's body (headline and byline excluded), whitespace folded. */
export function seedSentences(): string[] {
  const paragraphs = seedParagraphs().slice(1, -1);
  return paragraphs.flatMap((paragraph) =>
    paragraph
      .split(/(?<=[.!?:])\s+(?=[A-Z“])/u)
      .map(foldSpace)
      .filter(Boolean),
  );
}

/** Collapses runs of white space to one space, as a reader sees text. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
