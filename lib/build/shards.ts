// Which machine renders which page when the site is built in shards (`npm run build -- --shard 3/8`,
// README "Building in shards"). A page falls in the shard its story's hash names: the same page always
// in the same shard whatever else the archive holds, and a story's pages together (its permalink, its
// short link and earlier addresses, a live story's later pages), so a page's share card is drawn where
// the page is. Lists, months and indexes are hashed by their own paths and spread like the rest.
import { createHash } from 'node:crypto';
import { articlePath } from '../urls';
import type { PageRow } from '../site/views';
import type { Shard } from '../../scripts/shard-setting.mjs';

export type { Shard } from '../../scripts/shard-setting.mjs';

/** The path a page is hashed by: its story's permalink for a story's pages, else its own. */
export function shardKey(row: Pick<PageRow, 'path' | 'view'>): string {
  const { view } = row;
  if (view.kind === 'live') return articlePath(view.article.slug);
  if (view.kind === 'redirect') return view.to;
  return row.path;
}

/** The shard (1…count) that renders the page hashed by `key`: the first 32 bits of its SHA-256, modulo count. */
export function shardOf(key: string, count: number): number {
  return (createHash('sha256').update(key).digest().readUInt32BE(0) % count) + 1;
}

/** True when `shard` renders `row`; every page belongs to one shard of any count. */
export const inShard = (row: Pick<PageRow, 'path' | 'view'>, shard: Shard): boolean =>
  shardOf(shardKey(row), shard.count) === shard.index;
