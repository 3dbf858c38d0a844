import { describe, expect, it, vi } from 'vitest';
import { makeArticle } from '@/tests/helpers/make-article';
import type { ArchiveGroup } from './archive';
import {
  authorList,
  firstPageRedirectMetadata,
  getHomePages,
  groupListMetadata,
  listMetadata,
  topicList,
} from './list-pages';

// The authors and topics of a made-up build, not of content/.
const groups = vi.hoisted(() => ({ authors: [] as ArchiveGroup[], topics: [] as ArchiveGroup[] }));
vi.mock('./archive', () => ({ getAuthors: () => groups.authors, getTopics: () => groups.topics }));
// And its published articles.
const published = vi.hoisted(() => ({ articles: [] as unknown[] }));
vi.mock('../articles', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../articles')>()),
  getArticles: () => published.articles,
}));

const list = { title: 'Articles by A', description: 'Every article by A.', firstPage: '/authors/a/', language: 'en' };

describe('getHomePages', () => {
  it('pages each edition’s articles once per build, however many of its pages ask', () => {
    published.articles = [
      ...Array.from({ length: 45 }, (_, i) => makeArticle({ id: `en${i}`, slug: `en-${i}` })),
      ...Array.from({ length: 2 }, (_, i) => makeArticle({ id: `be${i}`, slug: `be-${i}`, language: 'be' })),
    ];
    const pages = getHomePages('en');
    expect(pages.map(({ items }) => items.length)).toEqual([20, 20, 5]);
    expect(pages[2]?.items.map(({ slug }) => slug)).toEqual(['en-40', 'en-41', 'en-42', 'en-43', 'en-44']);
    expect(getHomePages('be').map(({ items }) => items.map(({ slug }) => slug))).toEqual([['be-0', 'be-1']]);
    // The same pages, not paged again: one pass per build, not one per page.
    expect(getHomePages('en')).toBe(pages);
    expect(getHomePages('ru')).toEqual([{ items: [], number: 1, count: 1 }]);
  });
});

describe('listMetadata', () => {
  it('names the first page as the list and makes it its own canonical URL', () => {
    expect(listMetadata(list, 1)).toMatchObject({
      title: 'Articles by A',
      description: 'Every article by A.',
      alternates: { canonical: '/authors/a/' },
    });
  });
  it('gives a later page its number in title and description, and itself as canonical URL', () => {
    expect(listMetadata(list, 3)).toMatchObject({
      title: 'Articles by A, page 3',
      description: 'Every article by A. Page 3.',
      alternates: { canonical: '/authors/a/page/3/' },
    });
  });
});

describe('firstPageRedirectMetadata', () => {
  it('keeps page/1/ out of search results and points it at the list', () => {
    expect(firstPageRedirectMetadata(list)).toMatchObject({
      title: 'Articles by A',
      description: 'Every article by A.',
      robots: { index: false, follow: true },
      alternates: { canonical: '/authors/a/' },
    });
  });
});

describe.each([
  ['author', '/authors/a/', 'Articles by A'],
  ['topic', '/topics/a/', 'Articles about A'],
] as const)('the %s list routes, one shape for both', (kind, firstPage, title) => {
  const articles = Array.from({ length: 21 }, (_, index) => makeArticle({ slug: `story-${index}` }));
  groups.authors = [
    { slug: 'a', name: 'A', language: 'en', articles },
    { slug: 'a', name: 'А', language: 'be', articles: articles.slice(0, 1) },
  ];
  groups.topics = [
    { slug: 'a', name: 'A', language: 'en', articles },
    { slug: 'a', name: 'А', language: 'be', articles: articles.slice(0, 1) },
  ];

  const [en, be] = groups[kind === 'author' ? 'authors' : 'topics'] as [ArchiveGroup, ArchiveGroup];
  const info = (kind === 'author' ? authorList : topicList)(en);

  it('describe the list’s own page, its page/1/ redirect and its page 2', () => {
    expect(groupListMetadata(kind, en)).toMatchObject({ title, alternates: { canonical: firstPage } });
    expect(firstPageRedirectMetadata(info)).toMatchObject({
      title,
      robots: { index: false, follow: true },
      alternates: { canonical: firstPage },
    });
    expect(listMetadata(info, 2)).toMatchObject({
      title: `${title}, page 2`,
      alternates: { canonical: `${firstPage}page/2/` },
    });
  });

  it('have each edition’s list at its own address, in its language, linked to the others by hreflang', () => {
    const metadata = groupListMetadata(kind, be);
    expect(metadata.alternates?.canonical).toBe(firstPage.replace(/^\//, '/be/'));
    expect(String(metadata.title)).toMatch(kind === 'author' ? /^Артыкулы: А$/ : /^Артыкулы на тэму «А»$/);
    const hreflang = { en: `http://localhost:3000${firstPage}`, be: `http://localhost:3000/be${firstPage}` };
    expect(metadata.alternates?.languages).toEqual({ ...hreflang, 'x-default': hreflang.en });
    expect(groupListMetadata(kind, en).alternates?.languages).toEqual(metadata.alternates?.languages);
  });
});
