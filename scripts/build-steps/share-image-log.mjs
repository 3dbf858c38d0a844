// @ts-check
// What the share-image route did in one build, from the log its workers append to
// (lib/metadata/share-image-cache.ts): which images it rendered and which it copied from the cache.
import { existsSync, readFileSync } from 'node:fs';

/**
 * @param {string} text the log: one `rendered <file>` or `reused <file>` line per image
 * @returns {{ rendered: string[], reused: string[] }} the file names of each, sorted
 */
export function parseShareImageLog(text) {
  /** @type {string[]} */
  const rendered = [];
  /** @type {string[]} */
  const reused = [];
  for (const line of text.split('\n')) {
    const [what, file] = line.split(' ');
    if (!file) continue;
    if (what === 'rendered') rendered.push(file);
    else if (what === 'reused') reused.push(file);
  }
  return { rendered: rendered.sort(), reused: reused.sort() };
}

/** @param {string} file @returns {{ rendered: string[], reused: string[] }} nothing when there is no log */
export function readShareImageLog(file) {
  return parseShareImageLog(existsSync(file) ? readFileSync(file, 'utf8') : '');
}
