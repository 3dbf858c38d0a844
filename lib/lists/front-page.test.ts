import { describe, expect, it } from 'vitest';
import { toSummary } from '../articles';
import { makeArticle } from '@/tests/helpers/make-article';
import { arrangeFrontPage, type Section } from './front-page';

const story = (n: number, topics: string[] = ['Belarus']) =>
  toSummary(
    makeArticle({ id: `s${n}`, slug: `story-${n}`, published: `2018-10-${String(30 - n).padStart(2, '0')}`, topics }),
  );
const stories = Array.from({ length: 8 }, (_, index) => story(index + 1));
const section = (id: string, articles: ReturnType<typeof story>[]): Section => ({
  id,
  name: id,
  path: `/topics/${id}/`,
  articles,
});

describe('arrangeFrontPage', () => {
  it('leads with the newest story, then three secondary ones, then the rest as the latest list', () => {
    const page = arrangeFrontPage(stories, []);
    expect(page.lead?.slug).toBe('story-1');
    expect(page.secondary.map(({ slug }) => slug)).toEqual(['story-2', 'story-3', 'story-4']);
    expect(page.latest.map(({ slug }) => slug)).toEqual(['story-5', 'story-6', 'story-7', 'story-8']);
  });

  it('fills each section with its newest stories not shown above it, and leaves out a section with none left', () => {
    const older = Array.from({ length: 4 }, (_, index) => story(index + 9));
    const page = arrangeFrontPage(stories, [
      section('nato', [stories[0]!, stories[5]!, older[0]!, older[1]!, older[2]!, older[3]!]),
      section('poland', [stories[1]!, stories[6]!]),
      section('russia', [older[1]!, older[3]!]),
    ]);
    expect(page.sections.map(({ id, articles }) => [id, articles.map(({ slug }) => slug)])).toEqual([
      ['nato', ['story-9', 'story-10', 'story-11']],
      ['russia', ['story-12']],
    ]);
  });

  it('never shows a story twice on one front page', () => {
    const page = arrangeFrontPage(stories, [section('belarus', stories), section('nato', stories.slice(2))]);
    const shown = [page.lead, ...page.secondary, ...page.latest, ...page.sections.flatMap(({ articles }) => articles)];
    expect(shown.map((article) => article?.slug)).toEqual(stories.map(({ slug }) => slug));
    expect(page.sections).toEqual([]);
  });

  it('shows nothing but an empty list for an edition without stories', () => {
    expect(arrangeFrontPage([], [section('nato', [])])).toEqual({
      lead: undefined,
      secondary: [],
      latest: [],
      sections: [],
    });
  });
});
