import { describe, expect, it } from 'vitest';
import type { PageRow, RedirectPageView } from '../site/views';
import type { PlannedPage } from './reuse-plan';
import { PAGE_CACHE_VERSION, type SiteManifest, pageKey, planReuse } from './page-reuse';

const chrome = { language: 'en', editions: [{ language: 'en', href: '/' }], sections: [], newsroom: [] };
const view: RedirectPageView = {
  kind: 'redirect',
  chrome,
  metadata: { title: 'Drills near the border' },
  to: '/news/subject/',
  heading: 'Moved',
  label: 'Drills near the border',
};
const row: PageRow = {
  path: '/news/subject/',
  language: 'en',
  route: '/news/[slug]/',
  params: { slug: 'subject' },
  files: ['news/subject/index.html'],
  view,
};

describe('pageKey', () => {
  it('is the same for the same page, whatever object holds it', () => {
    expect(pageKey(structuredClone(row))).toBe(pageKey(row));
  });

  it('changes with anything the page shows, its frame included, and with its files', () => {
    const key = pageKey(row);
    expect(pageKey({ ...row, view: { ...view, label: 'Drills, corrected' } })).not.toBe(key);
    expect(pageKey({ ...row, view: { ...view, metadata: { title: 'Drills, corrected' } } })).not.toBe(key);
    const sections = [{ id: 'nato', name: 'NATO', path: '/topics/nato/' }];
    expect(pageKey({ ...row, view: { ...view, chrome: { ...chrome, sections } } })).not.toBe(key);
    const newsroom = [{ href: '/about/', label: 'About us' }];
    expect(pageKey({ ...row, view: { ...view, chrome: { ...chrome, newsroom } } })).not.toBe(key);
    expect(pageKey({ ...row, files: [...row.files, 'og/subject.png'] })).not.toBe(key);
  });
});

describe('planReuse', () => {
  const page = (route: string, key: string, file: string): PlannedPage => ({
    kind: 'list',
    route,
    key,
    files: [file],
    indexable: true,
    searchable: false,
    frameSources: [],
  });
  // In the table's order: the newest article first.
  const pages = {
    '/news/newest/': page('/news/[slug]/', 'k0', 'news/newest/index.html'),
    '/news/subject/': page('/news/[slug]/', 'k1', 'news/subject/index.html'),
    '/news/related/': page('/news/[slug]/', 'k2', 'news/related/index.html'),
    '/topics/nato/': page('/topics/[slug]/', 'l1', 'topics/nato/index.html'),
    '/topics/inf-treaty/': page('/topics/[slug]/', 'l2', 'topics/inf-treaty/index.html'),
    '/': page('/', 'f1', 'index.html'),
  };
  const current = { siteKey: 'site-1', pages, outputsKey: 'outputs-1' };
  const cached = (entries: Record<string, PlannedPage>) =>
    Object.fromEntries(Object.entries(entries).map(([path, page]) => [path, { ...page, facts: {} }]));
  const previous: SiteManifest = {
    version: PAGE_CACHE_VERSION,
    siteKey: 'site-1',
    outputsKey: 'outputs-1',
    pages: cached({
      '/news/subject/': pages['/news/subject/'],
      '/news/related/': pages['/news/related/'],
      '/topics/nato/': pages['/topics/nato/'],
      '/topics/inf-treaty/': pages['/topics/inf-treaty/'],
      '/': pages['/'],
    }),
  };
  const everything = () => true;

  it('reuses the pages whose key, files and site are what the cache holds, and renders a new one', () => {
    expect(planReuse(current, previous, everything).reused).toEqual([
      '/news/subject/',
      '/news/related/',
      '/topics/inf-treaty/',
    ]);
  });

  it('renders everything when there is no cache, the site changed or the cache is of another version', () => {
    expect(planReuse(current, undefined, everything).reused).toEqual([]);
    expect(planReuse(current, { ...previous, siteKey: 'site-0' }, everything).reused).toEqual([]);
    expect(planReuse(current, { ...previous, version: PAGE_CACHE_VERSION - 1 }, everything).reused).toEqual([]);
  });

  it('renders a page whose key changed, whose files differ, or whose files are gone', () => {
    const changed = { ...pages, '/news/subject/': page('/news/[slug]/', 'other', 'news/subject/index.html') };
    expect(planReuse({ ...current, pages: changed }, previous, everything).reused).not.toContain('/news/subject/');
    const renamed = { ...pages, '/news/subject/': page('/news/[slug]/', 'k1', 'news/renamed/index.html') };
    expect(planReuse({ ...current, pages: renamed }, previous, everything).reused).not.toContain('/news/subject/');
    const gone = planReuse(current, previous, (file) => file !== 'news/subject/index.html').reused;
    expect(gone).not.toContain('/news/subject/');
    expect(gone).toContain('/news/related/');
  });

  it('renders the first page of a route whose pages would all be reused, and every page of a route without parameters', () => {
    // Both topic pages unchanged: Next still needs one page on the route, so the first is rendered.
    expect(planReuse(current, previous, everything).reused).not.toContain('/topics/nato/');
    expect(planReuse(current, previous, everything).reused).not.toContain('/');
  });

  it('has nothing to make when every file would come out as the published site has it', () => {
    const published = { ...previous, pages: cached(pages) };
    expect(planReuse(current, published, everything).unchanged).toBe(true);
    expect(planReuse(current, previous, everything).unchanged).toBe(false); // a page the site lacks
    expect(planReuse({ ...current, outputsKey: 'outputs-2' }, published, everything).unchanged).toBe(false);
    expect(planReuse(current, published, (file) => file !== 'index.html').unchanged).toBe(false);
  });
});
