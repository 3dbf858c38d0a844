// One build reads and renders every article once: the check step (scripts/check.ts) writes what it
// loaded into a snapshot, and each of Next's page workers reads that instead of parsing the whole
// archive's Markdown again (five times per build before: the check, two workers collecting page data,
// two rendering pages).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Article } from './content/article';
import type { HeldArticle } from './content/publishing';

export type LoadedArticles = Readonly<{ published: readonly Article[]; held: readonly HeldArticle[] }>;

/** Where this build keeps its snapshot: `ARTICLES_SNAPSHOT`, set by scripts/build.mjs for one build only. */
export function snapshotFile(): string | undefined {
  return process.env.ARTICLES_SNAPSHOT || undefined;
}

/** Writes the loaded articles to `file`, in V8's format, which keeps `undefined` fields as they were. */
export function writeSnapshot(file: string, loaded: LoadedArticles): void {
  writeFileSync(file, serialize(loaded));
}

/**
 * The articles in the snapshot `file`, or undefined when there is none (`next dev`, a build step that
 * runs before the check). The file is this build's own, written moments before by the same code.
 */
export function readSnapshot(file: string | undefined): LoadedArticles | undefined {
  if (!file || !existsSync(file)) return undefined;
  return deserialize(readFileSync(file)) as LoadedArticles;
}
