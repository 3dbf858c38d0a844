// An article's row: its dated warning comes from the build's moment (BUILD_TIME) and site.yml's age.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeArticle } from '@/tests/helpers/make-article';
import { setPublishedArticles } from '../articles';
import { buildPageTable } from './pages';
import type { ArticlePageView } from './views';

const en = makeArticle({ id: 'old001', slug: 'old-story', published: '2018-10-24' });
const be = makeArticle({ id: 'old002', slug: 'old-story-be', published: '2018-10-24T06:00+03:00', language: 'be' });
const recent = makeArticle({ id: 'new001', slug: 'new-story', published: '2026-01-10' });

/** The age warning of each article's permalink page in a build at `buildTime`. */
function warnings(buildTime: string): Record<string, string | undefined> {
  vi.stubEnv('BUILD_TIME', buildTime);
  setPublishedArticles([recent, be, en]);
  const rows = buildPageTable().filter((row) => row.view.kind === 'article');
  return Object.fromEntries(rows.map((row) => [row.path, (row.view as ArticlePageView).ageWarning]));
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('an article’s dated warning', () => {
  it('says in the article’s language how many whole years old it is on the build’s day, past a year', () => {
    expect(warnings('2026-12-01T09:00:00Z')).toEqual({
      '/news/new-story/': undefined,
      '/news/old-story-be/': 'Гэтаму артыкулу больш за 8 гадоў',
      '/news/old-story/': 'This article is more than 8 years old',
    });
  });

  it('changes its words, and so the page, on the article’s anniversary where the newsroom is (Minsk, UTC+3)', () => {
    expect(warnings('2027-10-23T20:59:00Z')['/news/old-story/']).toBe('This article is more than 8 years old');
    // 23:00 in UTC is already the 24th in Minsk.
    expect(warnings('2027-10-23T23:00:00Z')['/news/old-story/']).toBe('This article is more than 9 years old');
    expect(warnings('2027-01-10T00:00:00Z')['/news/new-story/']).toBe('This article is more than 1 year old');
  });
});
