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

  it('fills each section with its newest stories not already leading, and leaves out a section with none left', () => {
    const page = arrangeFrontPage(stories, [
      section('nato', [stories[0]!, stories[5]!, stories[6]!, stories[7]!]),
      section('poland', [stories[1]!]),
    ]);
    expect(page.sections.map(({ id, articles }) => [id, articles.map(({ slug }) => slug)])).toEqual([
      ['nato', ['story-6', 'story-7', 'story-8']],
    ]);
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
