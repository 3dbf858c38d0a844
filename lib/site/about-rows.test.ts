// The newsroom's own pages in the page table, from the fixture site's content/pages/.
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.CONTENT_DIR = 'tests/fixtures/site';
});

import { site } from '@/lib/site-config';
import { makeArticle } from '@/tests/helpers/make-article';
import { setPublishedArticles } from '../articles';
import { toSitemap } from '../metadata/sitemaps';
import { buildPageTable } from './pages';
import type { AboutPageView, ArticlePageView, PageRow, RedirectPageView } from './views';

const ORIGIN = site.url;
setPublishedArticles([
  makeArticle({ id: 'be0001', slug: 'be-story', language: 'be' }),
  makeArticle({ id: 'en0001', slug: 'en-story' }),
]);
const table = buildPageTable();
const row = (path: string) => table.find((candidate) => candidate.path === path) as PageRow;

describe('the newsroom’s pages in the page table', () => {
  it('publishes each page in each edition at /about/<id>/, the about page at /about/, and no ru edition’s', () => {
    expect(table.filter(({ view }) => view.kind === 'about').map(({ path, route }) => [path, route])).toEqual([
      ['/be/about/', '/[lang]/about/[[...slug]]/'],
      ['/be/about/contact/', '/[lang]/about/[[...slug]]/'],
      ['/be/about/editorial-standards/', '/[lang]/about/[[...slug]]/'],
      ['/about/', '/about/[[...slug]]/'],
      ['/about/contact/', '/about/[[...slug]]/'],
      ['/about/editorial-standards/', '/about/[[...slug]]/'],
    ]);
  });

  it('shows a page’s title, text and last change, and on /about/ the way to the others', () => {
    const about = row('/about/').view as AboutPageView;
    expect(about.title).toBe('About the fixture site');
    expect(about.html).toContain('This site is built from the test fixtures.');
    expect(about.updated).toBe('2026-11-30');
    expect(about.pages).toEqual([
      { href: '/about/contact/', label: 'Contact' },
      { href: '/about/editorial-standards/', label: 'Standards' },
      { href: '/corrections/', label: 'Corrections' },
    ]);
    expect(about.metadata.description).toBe("The fixture site's own About page, with the ways to its other pages.");
    expect((row('/be/about/contact/').view as AboutPageView).title).toBe('Кантакты');
  });

  it('links every page of an edition to its newsroom’s pages, in its language', () => {
    expect(row('/news/be-story/').view.chrome.newsroom).toEqual([
      { href: '/be/about/', label: 'Пра нас' },
      { href: '/be/about/contact/', label: 'Кантакты' },
      { href: '/be/about/editorial-standards/', label: 'Стандарты' },
      { href: '/be/corrections/', label: 'Выпраўленні' },
    ]);
    expect(row('/404.html').view.chrome.newsroom.map(({ href }) => href)).toEqual([
      '/about/',
      '/about/contact/',
      '/about/editorial-standards/',
      '/corrections/',
    ]);
  });

  it('sends /en/about/… to the default edition’s pages at the root', () => {
    expect((row('/en/about/contact/').view as RedirectPageView).to).toBe('/about/contact/');
    expect((row('/en/about/').view as RedirectPageView).to).toBe('/about/');
  });

  it('gives the sitemap each page, dated by its update, with its versions', () => {
    const entries = toSitemap(table).filter((entry) => entry.url.includes('/about/'));
    const versions = (path: string) => ({
      be: `${ORIGIN}/be/about/${path}`,
      en: `${ORIGIN}/about/${path}`,
      'x-default': `${ORIGIN}/about/${path}`,
    });
    expect(entries).toEqual([
      { url: `${ORIGIN}/be/about/`, alternates: { languages: versions('') } },
      { url: `${ORIGIN}/be/about/contact/`, alternates: { languages: versions('contact/') } },
      { url: `${ORIGIN}/be/about/editorial-standards/`, alternates: { languages: versions('editorial-standards/') } },
      { url: `${ORIGIN}/about/`, lastModified: '2026-11-30', alternates: { languages: versions('') } },
      { url: `${ORIGIN}/about/contact/`, alternates: { languages: versions('contact/') } },
      { url: `${ORIGIN}/about/editorial-standards/`, alternates: { languages: versions('editorial-standards/') } },
    ]);
  });

  it('shows site.yml’s address on each edition’s contact page only', () => {
    const withAddress = table.filter(({ view }) => view.kind === 'about' && view.contact !== undefined);
    expect(withAddress.map(({ path }) => path)).toEqual(['/be/about/contact/', '/about/contact/']);
    expect((row('/about/contact/').view as AboutPageView).contact).toBe('desk@fixtures.example.org');
  });

  it('names the publisher with its policy pages, in the edition’s language, on every article and on /about/', () => {
    const policies = (prefix: string) => ({
      masthead: `${ORIGIN}${prefix}/about/`,
      publishingPrinciples: `${ORIGIN}${prefix}/about/editorial-standards/`,
      ethicsPolicy: `${ORIGIN}${prefix}/about/editorial-standards/`,
      actionableFeedbackPolicy: `${ORIGIN}${prefix}/about/contact/`,
    });
    expect((row('/news/be-story/').view as ArticlePageView).publisher).toEqual({
      name: site.name,
      url: `${ORIGIN}/be/`,
      policies: policies('/be'),
      email: 'desk@fixtures.example.org',
    });
    expect((row('/about/').view as AboutPageView).publisher?.policies).toEqual(policies(''));
  });
});
