// The files beside each live story's first page: the small file its script checks for new updates and
// the story's own feed. Made from the page table's rows by the check step into public/news/, which Next
// copies into out/ (and which nothing else writes): each row names them among its files.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { liveFeedXml, liveUpdatesJson } from '../metadata/live';
import { liveUpdatesPath } from '../urls';
import type { PageTable } from './pages';

/** The folder below public/ that holds only these files, emptied by every build. */
export const LIVE_FILES_FOLDER = 'news';

/**
 * Writes each live story's updates file and feed below `publicDir`, after removing those of the last
 * build (a story no longer live, or no longer published, leaves none behind). Returns the files written,
 * as paths below it.
 */
export function writeLiveFiles(table: PageTable, publicDir: string): string[] {
  rmSync(path.join(publicDir, LIVE_FILES_FOLDER), { recursive: true, force: true });
  const written: string[] = [];
  for (const { view } of table) {
    if (view.kind !== 'live' || view.page.number !== 1) continue;
    const made: [string, string][] = [
      [liveUpdatesPath(view.article.slug).slice(1), liveUpdatesJson(view)],
      [view.feed.slice(1), liveFeedXml(view)],
    ];
    for (const [file, text] of made) {
      const target = path.join(publicDir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
      written.push(file);
    }
  }
  return written;
}
