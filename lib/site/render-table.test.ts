// What Next's workers get of a build: only the pages it renders, with the site's files written out.
import { describe, expect, it } from 'vitest';
import { site } from '@/lib/site-config';
import { makeArticle } from '@/tests/helpers/make-article';
import { setPublishedArticles } from '../articles';
import { toSitemap } from '../metadata/sitemaps';
import { urlsetXml } from '../metadata/sitemap-files';
import { buildPageTable } from './pages';
import { toRenderTable } from './render-table';

const fresh = makeArticle({ id: 'new001', slug: 'fresh-story', published: '2026-11-24T09:00+03:00', language: 'be' });
const corrected = {
  ...makeArticle({ id: 'old001', slug: 'old-story', published: '2018-10-24' }),
  corrections: [{ date: '2018-10-25', text: 'The minister’s name was misspelt.' }],
};
const older = makeArticle({ id: 'old002', slug: 'older-story', published: '2018-10-20' });
setPublishedArticles([fresh, corrected, older]);
const table = buildPageTable();
const everything = new Set(table.map(({ path }) => path));
const allBut = (...paths: string[]) => new Set([...everything].filter((path) => !paths.includes(path)));

describe('the render table of a build that renders a few pages', () => {
  const render = toRenderTable(table, allBut('/news/old-story/', '/be/'));

  it('holds the rows of those pages only', () => {
    expect(render.rows.map(({ path }) => path)).toEqual(['/be/', '/news/old-story/']);
  });

  it('draws the headline cards of the articles it renders only', () => {
    expect(render.cards.map(({ slug }) => slug)).toEqual(['old-story']);
  });

  it('lists every page in the sitemap all the same, as the whole table does', () => {
    expect(render.files['/sitemap.xml']).toBe(urlsetXml(toSitemap(table)));
    expect(render.files['/sitemap.xml']).toContain(`<loc>${site.url}/news/older-story/</loc>`);
  });

  it('writes every edition’s feeds, corrections feed and the news sitemap from the whole archive', () => {
    expect(Object.keys(render.files).sort()).toEqual(
      [
        '/atom.xml',
        '/be/atom.xml',
        '/be/corrections/feed.xml',
        '/be/feed.json',
        '/be/feed.xml',
        '/corrections/feed.xml',
        '/feed.json',
        '/feed.xml',
        '/news-sitemap.xml',
        '/sitemap.xml',
      ].sort(),
    );
    expect(render.files['/feed.xml']).toContain(`<link>${site.url}/news/older-story/</link>`);
    expect(render.files['/corrections/feed.xml']).toContain('The minister’s name was misspelt.');
    expect(render.editions).toEqual(['en', 'be']);
  });
});

describe('the render table of a build that renders no article', () => {
  it('draws the newest card again, since Next refuses a route without pages', () => {
    const render = toRenderTable(table, allBut('/'));
    expect(render.rows.map(({ path }) => path)).toEqual(['/']);
    expect(render.cards.map(({ slug }) => slug)).toEqual(['fresh-story']);
  });
});
