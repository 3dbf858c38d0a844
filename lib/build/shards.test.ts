import { describe, expect, it } from 'vitest';
import type { PageRow, PageView } from '../site/views';
import { inShard, shardKey, shardOf } from './shards';

const row = (path: string, view: Partial<PageView> & { kind: PageView['kind'] }): Pick<PageRow, 'path' | 'view'> => ({
  path,
  view: view as PageView,
});

describe('shardOf', () => {
  const paths = Array.from({ length: 16_000 }, (_, i) => `/news/story-${i}/`);

  it('puts a page in the same shard every time, whatever else there is', () => {
    expect(paths.map((path) => shardOf(path, 16))).toEqual(paths.map((path) => shardOf(path, 16)));
    expect(shardOf('/news/story-7/', 16)).toBe(shardOf('/news/story-7/', 16));
  });

  it('slices evenly: every one of 16 shards within 10 % of a sixteenth', () => {
    const sizes = new Array<number>(16).fill(0);
    for (const path of paths) sizes[shardOf(path, 16) - 1]! += 1;
    for (const size of sizes) expect(Math.abs(size - 1000)).toBeLessThan(100);
  });

  it('gives every page exactly one shard', () => {
    for (const path of paths.slice(0, 200)) {
      const owners = [1, 2, 3].filter((index) => inShard(row(path, { kind: 'article' }), { index, count: 3 }));
      expect(owners).toHaveLength(1);
    }
  });
});

describe('shardKey', () => {
  it("keeps a story's pages together: its short link and old slugs, and a live story's later pages", () => {
    expect(
      shardKey(
        row('/a/abc123/', { kind: 'redirect', to: '/news/drills/' } as Partial<PageView> & { kind: 'redirect' }),
      ),
    ).toBe('/news/drills/');
    const live = { kind: 'live', article: { slug: 'election-night' } } as unknown as PageView;
    expect(shardKey({ path: '/news/election-night/page/3/', view: live })).toBe('/news/election-night/');
    expect(shardKey(row('/topics/nato/page/2/', { kind: 'list' }))).toBe('/topics/nato/page/2/');
  });
});
