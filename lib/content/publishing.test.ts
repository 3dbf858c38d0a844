import { describe, expect, it } from 'vitest';
import type { Article } from './article';
import { toInstant } from './dates';
import { readPublishingRules, selectPublished } from './publishing';

const article = (file: string, published: string, draft = false, timeZone = 'UTC') =>
  ({ file, published, publishedAt: toInstant(published, timeZone).toISOString(), draft }) as Article;
const now = new Date('2026-11-25T09:00:00Z');

describe('selectPublished', () => {
  const articles = [
    article('content/live.md', '2026-11-25'),
    article('content/draft.md', '2026-11-01', true),
    article('content/tomorrow.md', '2026-11-26'),
    article('content/later-today.md', '2026-11-25T12:30+03:00'),
    article('content/earlier-today.md', '2026-11-25T11:00+03:00'),
  ];

  it('publishes what is due and holds drafts and embargoed articles, saying why', () => {
    const { published, held } = selectPublished(articles, { now, includeDrafts: false });
    expect(published.map(({ file }) => file)).toEqual(['content/live.md', 'content/earlier-today.md']);
    expect(held).toEqual([
      { file: 'content/draft.md', reason: 'draft: true (remove the line to publish it)' },
      { file: 'content/tomorrow.md', reason: 'embargoed until 2026-11-26' },
      { file: 'content/later-today.md', reason: 'embargoed until 2026-11-25T12:30+03:00' },
    ]);
  });

  it('shows drafts in development, still holding embargoed ones', () => {
    const { published } = selectPublished(articles, { now, includeDrafts: true });
    expect(published.map(({ file }) => file)).toContain('content/draft.md');
    expect(published.map(({ file }) => file)).not.toContain('content/tomorrow.md');
  });
});

describe('selectPublished in the newsroom’s time zone', () => {
  it('lifts an embargo to a day at midnight where the newsroom is', () => {
    const tomorrow = [article('content/minsk.md', '2026-11-26', false, 'Europe/Minsk')];
    const at = (iso: string) => selectPublished(tomorrow, { now: new Date(iso), includeDrafts: false }).published;
    expect(at('2026-11-25T20:59:59Z')).toEqual([]);
    expect(at('2026-11-25T21:00:00Z').map(({ file }) => file)).toEqual(['content/minsk.md']);
  });
});

describe('readPublishingRules', () => {
  it('includes drafts only under next dev', () => {
    expect(readPublishingRules({ NODE_ENV: 'development' }).includeDrafts).toBe(true);
    expect(readPublishingRules({ NODE_ENV: 'production' }).includeDrafts).toBe(false);
  });
  it('takes the build time from BUILD_TIME', () => {
    expect(readPublishingRules({ BUILD_TIME: '2030-01-01T00:00:00Z' }).now.toISOString()).toBe(
      '2030-01-01T00:00:00.000Z',
    );
  });
  it('refuses a BUILD_TIME that is not a date', () => {
    expect(() => readPublishingRules({ BUILD_TIME: 'tomorrow' })).toThrow('BUILD_TIME: "tomorrow" is not a date-time');
  });
});
