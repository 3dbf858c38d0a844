// An author's page in the page table, from the fixture site's authors.yml.
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.CONTENT_DIR = 'tests/fixtures/site';
});

import { site } from '@/lib/site-config';
import { makeArticle } from '@/tests/helpers/make-article';
import { setPublishedArticles } from '../articles';
import { buildPageTable } from './pages';
import type { ArticlePageView, ListPageView, PageRow, RedirectPageView } from './views';

const ORIGIN = site.url;
setPublishedArticles([
  makeArticle({ id: 'be0001', slug: 'be-story', language: 'be' }),
  makeArticle({ id: 'en0001', slug: 'en-story' }),
  makeArticle({ id: 'en0002', slug: 'test-story', author: 'Test Author' }),
]);
const table = buildPageTable();
const row = (path: string) => table.find((candidate) => candidate.path === path) as PageRow;

describe('an author’s profile in the page table', () => {
  it('gives the first page of their list their role, biography and links in the page’s language, and every profile as sameAs', () => {
    expect((row('/be/authors/zmitser-mitskevich/').view as ListPageView).profile).toEqual({
      name: 'Зміцер Міцкевіч',
      url: `${ORIGIN}/be/authors/zmitser-mitskevich/`,
      role: 'Карэспандэнт',
      bio: 'Зміцер Міцкевіч піша пра абарону і знешнюю палітыку з Варшавы.',
      links: [
        { kind: 'website', label: 'Сайт', url: 'https://zmitser.example.org/' },
        { kind: 'mastodon', label: 'Mastodon', url: 'https://mastodon.example.org/@zmitser' },
        { kind: 'bluesky', label: 'Bluesky', url: 'https://bsky.app/profile/zmitser.example.org' },
        { kind: 'x', label: 'X', url: 'https://x.com/zmitser_example' },
      ],
      sameAs: [
        'https://zmitser.example.org/',
        'https://mastodon.example.org/@zmitser',
        'https://bsky.app/profile/zmitser.example.org',
        'https://x.com/zmitser_example',
      ],
    });
  });

  it('gives an author authors.yml says nothing more about a profile of their name and page, for structured data', () => {
    expect((row('/authors/test-author/').view as ListPageView).profile).toEqual({
      name: 'Test Author',
      url: `${ORIGIN}/authors/test-author/`,
      links: [],
      sameAs: [],
    });
  });

  it('names the fediverse account of an article’s author in its preview, and its short link’s', () => {
    expect((row('/news/en-story/').view as ArticlePageView).metadata.other).toEqual({
      'fediverse:creator': ['@zmitser@mastodon.example.org'],
    });
    expect((row('/a/en0001/').view as RedirectPageView).metadata.other).toEqual({
      'fediverse:creator': ['@zmitser@mastodon.example.org'],
    });
    expect((row('/news/test-story/').view as ArticlePageView).metadata.other).toBeUndefined();
  });
});
