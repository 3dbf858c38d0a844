// Each edition's corrections page in the page table, with one correction a page so the list spans pages.
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.LIST_PAGE_SIZE = '1';
});

import { site } from '@/lib/site-config';
import { makeArticle } from '@/tests/helpers/make-article';
import { setPublishedArticles } from '../articles';
import { toSitemap } from '../metadata/sitemaps';
import { buildPageTable } from './pages';
import type { CorrectionsPageView, PageRow, RedirectPageView } from './views';

const ORIGIN = site.url;
const corrected = {
  ...makeArticle({ id: 'cor001', slug: 'corrected', published: '2018-10-20' }),
  corrections: [
    { date: '2018-10-21', text: 'First.' },
    { date: '2018-10-23', text: 'Second.' },
  ],
};
setPublishedArticles([makeArticle({ id: 'be0001', slug: 'be-story', language: 'be' }), corrected]);
const table = buildPageTable();
const row = (path: string) => table.find((candidate) => candidate.path === path) as PageRow;

describe('the corrections pages in the page table', () => {
  it('lists an edition’s corrections newest first, a page at a time, with page/1/ sending the reader to the first', () => {
    const pages = table.filter((candidate) => candidate.path.startsWith('/corrections/'));
    expect(pages.map(({ path, route, view }) => [path, route, view.kind])).toEqual([
      ['/corrections/', '/corrections/', 'corrections'],
      ['/corrections/page/1/', '/corrections/page/[number]/', 'redirect'],
      ['/corrections/page/2/', '/corrections/page/[number]/', 'corrections'],
    ]);
    expect((row('/corrections/').view as CorrectionsPageView).page.items.map(({ text }) => text)).toEqual(['Second.']);
    expect((row('/corrections/page/2/').view as CorrectionsPageView).page.items.map(({ text }) => text)).toEqual([
      'First.',
    ]);
    expect((row('/corrections/page/1/').view as RedirectPageView).to).toBe('/corrections/');
  });

  it('gives every edition its own, empty when nothing in it was corrected, and sends /en/corrections/ to the root’s', () => {
    expect((row('/be/corrections/').view as CorrectionsPageView).page).toEqual({ items: [], number: 1, count: 1 });
    expect((row('/en/corrections/').view as RedirectPageView).to).toBe('/corrections/');
  });

  it('links to it from every page’s footer, last after the newsroom’s pages', () => {
    expect(row('/news/corrected/').view.chrome.newsroom.at(-1)).toEqual({
      href: '/corrections/',
      label: 'Corrections',
    });
    expect(row('/be/').view.chrome.newsroom.at(-1)).toEqual({ href: '/be/corrections/', label: 'Выпраўленні' });
  });

  it('gives the sitemap each page, dated by the newest correction', () => {
    const editions = {
      be: `${ORIGIN}/be/corrections/`,
      en: `${ORIGIN}/corrections/`,
      'x-default': `${ORIGIN}/corrections/`,
    };
    expect(toSitemap(table).filter((entry) => entry.url.includes('/corrections/'))).toEqual([
      { url: `${ORIGIN}/corrections/`, lastModified: '2018-10-23', alternates: { languages: editions } },
      { url: `${ORIGIN}/corrections/page/2/`, lastModified: '2018-10-23' },
      { url: `${ORIGIN}/be/corrections/`, alternates: { languages: editions } },
    ]);
  });
});
