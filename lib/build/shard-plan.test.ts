import { describe, expect, it } from 'vitest';
import type { Article } from '../content/article';
import { shareImagePath } from '../metadata/share-image';
import type { RenderTable } from '../site/render-table';
import type { PageRow, PageView } from '../site/views';
import { elsewhereFiles, shardSkips } from './shard-plan';

const page = (path: string, route: string, files = [`${path.slice(1)}index.html`]): PageRow =>
  ({ path, route, files, language: 'en', params: {}, view: { kind: 'list' } as PageView }) as PageRow;
const card = { id: 'a', headline: 'A', published: '2018-10-20T10:00:00Z', language: 'en' } as unknown as Article;
const cardFile = shareImagePath(card).slice(1);
const table = [
  page('/', '/'),
  page('/news/a/', '/news/[slug]/', ['news/a/index.html', cardFile]),
  page('/news/b/', '/news/[slug]/'),
  page('/topics/x/', '/topics/[slug]/'),
  page('/topics/x/page/2/', '/topics/[slug]/page/[number]/'),
];

describe('shardSkips', () => {
  it('skips the pages of other shards, but renders the first page of a route the shard has none of', () => {
    const own = new Set(['/news/b/', '/topics/x/page/2/']);
    expect([...shardSkips(table, own, new Set())]).toEqual(['/news/a/']);
  });

  it('skips the pages it reuses, keeping a page on each route', () => {
    const own = new Set(table.map(({ path }) => path));
    expect([...shardSkips(table, own, new Set(['/news/a/', '/news/b/']))]).toEqual(['/news/b/']);
  });
});

describe('elsewhereFiles', () => {
  it("names the files of other shards' pages Next renders anyway, and a card drawn for another shard's article", () => {
    const own = new Set(['/news/b/', '/topics/x/page/2/']);
    const render = {
      rows: table.filter(({ path }) => path !== '/news/a/'),
      cards: [card],
    } as unknown as RenderTable;
    const files = elsewhereFiles(table, own, render);
    expect(files).toContain('index.html');
    expect(files).toContain(cardFile);
    expect(files).toContain('topics/x/index.html');
    expect(files).not.toContain('news/b/index.html');
    expect(files).not.toContain('news/a/index.html');
  });
});
