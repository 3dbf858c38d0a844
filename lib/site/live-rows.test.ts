// The page table's rows of live stories: three updates a page, built at a fixed moment.
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.LIVE_PAGE_SIZE = '2';
  process.env.BUILD_TIME = '2026-12-05T12:00:00Z';
});

import { liveStory as live, LIVE_UPDATES as UPDATES } from '@/tests/helpers/live-story';
import { makeArticle } from '@/tests/helpers/make-article';
import type { Article } from '../content/article';
import { readPublishingRules, selectPublished } from '../content/publishing';
import { setPublishedArticles } from '../articles';
import { liveFeedXml, liveUpdatesJson } from '../metadata/live';
import { buildPageTable } from './pages';
import type { LivePageView, PageRow } from './views';

function tableOf(articles: Article[]) {
  setPublishedArticles(selectPublished(articles, readPublishingRules()).published);
  return buildPageTable();
}

const rowAt = (table: readonly PageRow[], path: string) => table.find((row) => row.path === path);
const viewAt = (table: readonly PageRow[], path: string) => rowAt(table, path)?.view as LivePageView;

describe('a live story’s pages', () => {
  const table = tableOf([live(undefined, UPDATES), makeArticle({ published: '2018-10-24' })]);

  it('are its permalink, its later pages and a page/1/ that sends the reader to the permalink', () => {
    expect(
      table.filter(({ path }) => path.startsWith('/news/election-night/')).map(({ path, route }) => [path, route]),
    ).toEqual([
      ['/news/election-night/', '/news/[slug]/'],
      ['/news/election-night/page/2/', '/news/[slug]/page/[number]/'],
      ['/news/election-night/page/1/', '/news/[slug]/page/[number]/'],
    ]);
    const redirect = rowAt(table, '/news/election-night/page/1/')?.view;
    expect(redirect?.kind === 'redirect' && redirect.to).toBe('/news/election-night/');
  });

  it('show on the permalink the pinned post, the key events, the newest updates and an index of the rest', () => {
    const view = viewAt(table, '/news/election-night/');
    expect(view.status).toEqual({ running: true });
    expect(view.zone).toBe('Times are GMT+3.');
    expect(view.pinned).toMatchObject({ id: 'update-20261204T1500Z', time: '4 December at 18:00' });
    expect(view.updates.map(({ id, time, title }) => [id, time, title])).toEqual([
      ['update-20261204T2210Z', '5 December at 01:10', 'Results'],
      ['update-20261204T2040Z', '4 December at 23:40', undefined],
    ]);
    expect(view.keyEvents.map(({ href, name }) => [href, name])).toEqual([
      ['#update-20261204T2210Z', 'Results'],
      ['/news/election-night/page/2/#update-20261204T1840Z', 'Polls close'],
    ]);
    expect(view.earlier.map(({ id, href, name }) => [id, href, name])).toEqual([
      ['update-20261204T1840Z', '/news/election-night/page/2/#update-20261204T1840Z', 'Polls close'],
      ['update-20261204T1600Z', '/news/election-night/page/2/#update-20261204T1600Z', 'Queues.'],
    ]);
    expect(view.updatesFile).toBe('/news/election-night/live.json');
  });

  it('show on a later page its updates only', () => {
    const view = viewAt(table, '/news/election-night/page/2/');
    expect(view.page).toEqual({ number: 2, count: 2 });
    expect([view.pinned, view.keyEvents, view.earlier, view.updatesFile]).toEqual([undefined, [], [], undefined]);
    expect(view.updates.map(({ id }) => id)).toEqual(['update-20261204T1840Z', 'update-20261204T1600Z']);
  });

  it('name the updates file and the feed among the permalink’s files, and date the sitemap by the latest update', () => {
    const row = rowAt(table, '/news/election-night/');
    expect(row?.files.slice(-2)).toEqual(['news/election-night/live.json', 'news/election-night/feed.xml']);
    expect(row?.sitemap?.lastModified).toBe('2026-12-05T01:10+03:00');
    expect(rowAt(table, '/news/election-night/page/2/')?.sitemap?.lastModified).toBe('2026-12-05T01:10+03:00');
  });

  it('make the updates file and the story’s feed from the permalink’s view', () => {
    const view = viewAt(table, '/news/election-night/');
    expect(JSON.parse(liveUpdatesJson(view))).toEqual({
      running: true,
      updates: ['update-20261204T2210Z', 'update-20261204T2040Z'],
    });
    expect(liveFeedXml(view).match(/<link>[^<]*<\/link>/g)).toEqual([
      '<link>http://localhost:3000/news/election-night/</link>',
      '<link>http://localhost:3000/news/election-night/#update-20261204T2210Z</link>',
      '<link>http://localhost:3000/news/election-night/#update-20261204T2040Z</link>',
      '<link>http://localhost:3000/news/election-night/#update-20261204T1840Z</link>',
      '<link>http://localhost:3000/news/election-night/#update-20261204T1600Z</link>',
      '<link>http://localhost:3000/news/election-night/#update-20261204T1500Z</link>',
    ]);
  });

  it('say when the coverage ended, in the newsroom’s time, once it has', () => {
    const ended = tableOf([live('2026-12-05T01:30+03:00', UPDATES)]);
    const view = viewAt(ended, '/news/election-night/');
    expect(view.status).toEqual({ running: false, ended: 'Coverage ended 5 December 2026, 01:30' });
    expect(view.updatesFile).toBeUndefined();
    expect(JSON.parse(liveUpdatesJson(view)).running).toBe(false);
  });
});

describe('a site without a live story', () => {
  it('keeps one page on the live stories’ numbered route, sending the reader to the newest article', () => {
    const table = tableOf([makeArticle({ slug: 'only-story', published: '2018-10-24' })]);
    const rows = table.filter(({ route }) => route === '/news/[slug]/page/[number]/');
    expect(rows.map(({ path, view }) => [path, view.kind === 'redirect' && view.to])).toEqual([
      ['/news/only-story/page/1/', '/news/only-story/'],
    ]);
  });
});
