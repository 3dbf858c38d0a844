// Parsed articles kept from one build to the next, so a build reads and hashes every file but parses
// only the ones that changed. An entry is named by a hash of everything its article is made from: the
// file's bytes and path, the registries and time zone it was read with, and the code that parses (every
// lib/ module parse-article.ts runs, and package-lock.json). An article with photos parses differently
// while checking (no renditions yet) and while building (its renditions), so an entry keeps a version
// for each, and one is taken only while its photos resolve to the renditions it was made with.
// Entries are written only when the caller commits (a check that found a problem leaves the cache as
// it was), each to a temporary name renamed into place, so two processes never see half a file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ResolveImage } from '../images/figure-plugin';
import { codeKey } from '../metadata/code-key';
import type { Article } from './article';

type Version = Readonly<{ article: Article; renditions: readonly (readonly [string, string])[] }>;
/** The versions of one file's article: one without photos, or up to two (checking and building) with them. */
type Entry = readonly Version[];

/** Where the cache lives between builds: `ARTICLE_CACHE_DIR` (the build sets it); unset, this process only. */
export function articleCacheDir(): string | undefined {
  return process.env.ARTICLE_CACHE_DIR || undefined;
}

const memory = new Map<string, Entry>();
const staged = new Map<string, Entry>();
const used = new Set<string>();
let parserKey: string | undefined;

/** The key of one article file as it would parse now. */
export function articleKey(file: string, bytes: Uint8Array, context: string): string {
  parserKey ??= codeKey(process.cwd(), 'lib/content/parse-article.ts', ['package-lock.json'], 'lib/');
  return createHash('sha256').update(`${parserKey}\0${file}\0${context}\0`).update(bytes).digest('hex');
}

const renditionsOf = (article: Article, resolveImage: ResolveImage | undefined) =>
  [article.image?.src, ...article.bodyImages.map(({ src }) => src)]
    .filter((src): src is string => src !== undefined)
    .map((src) => [src, JSON.stringify(resolveImage?.(src) ?? null)] as const);

/** The article cached under `key`, when its photos still resolve as they did; else undefined. */
export function cachedArticle(key: string, resolveImage: ResolveImage | undefined): Article | undefined {
  const dir = articleCacheDir();
  let entry = memory.get(key);
  if (!entry && dir && existsSync(path.join(dir, key))) {
    entry = deserialize(readFileSync(path.join(dir, key))) as Entry;
    memory.set(key, entry);
  }
  const version = entry?.find(({ article, renditions }) => {
    const now = renditionsOf(article, resolveImage);
    return now.length === renditions.length && now.every(([src, rendition], i) => renditions[i]?.[0] === src && renditions[i]?.[1] === rendition);
  });
  if (!version) return undefined;
  used.add(key);
  return version.article;
}

/** Keeps `article`, parsed now, under `key`: in this process at once, on disk when committed. */
export function cacheArticle(key: string, article: Article, resolveImage: ResolveImage | undefined): void {
  const version = { article, renditions: renditionsOf(article, resolveImage) };
  // With photos, the other way of parsing stays beside this one (checking, then building).
  const other = version.renditions.length > 0 ? (memory.get(key) ?? []).slice(0, 1) : [];
  const entry = [version, ...other];
  memory.set(key, entry);
  staged.set(key, entry);
  used.add(key);
}

/**
 * Writes the entries made since the last commit, and with `prune`, removes every entry on disk this
 * process did not use (a build uses every article it publishes). Returns how many were written.
 */
export function commitArticleCache({ prune = false }: { prune?: boolean } = {}): number {
  const dir = articleCacheDir();
  if (!dir) return 0;
  mkdirSync(dir, { recursive: true });
  for (const [key, entry] of staged) {
    const temporary = path.join(dir, `.${key}.${process.pid}`);
    writeFileSync(temporary, serialize(entry));
    renameSync(temporary, path.join(dir, key));
  }
  const written = staged.size;
  staged.clear();
  if (prune)
    for (const name of readdirSync(dir))
      if (!name.startsWith('.') && !used.has(name)) rmSync(path.join(dir, name), { force: true });
  return written;
}
