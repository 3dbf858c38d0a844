import { describe, expect, it } from 'vitest';
import type { Article } from './article';
import { parseArticle } from './parse-article';
import { toInstant } from './dates';
import { nextReleases, readPublishingRules, selectPublished } from './publishing';

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

const LIVE = `---
id: live01
headline: Election night
slug: election-night
published: 2026-12-04T18:00+03:00
updated: 2026-12-04
live:
  start: 2026-12-04T18:00+03:00
author: Zmitser Mitskevich
standfirst: The count.
topics:
  - Belarus
language: en
source:
  name: Belsat TV
  url: https://naviny.belsat.eu/en/
---
+++
time: 2026-12-04T23:00+03:00
+++
![The count](images/count.jpg)

+++
time: 2026-12-04T21:40+03:00
title: Polls close
+++
See [the results](/news/results/).

+++
time: 2026-12-04T18:00+03:00
+++
We begin.
`;

function liveStory(): Article {
  const result = parseArticle('content/election-night.md', new TextEncoder().encode(LIVE));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.article;
}

describe('a live story’s updates', () => {
  const at = new Date('2026-12-04T19:00:00Z'); // 22:00 in Minsk

  it('publishes the updates that are due and holds each one timed later until its time, saying so', () => {
    const { published, held } = selectPublished([liveStory()], { now: at, includeDrafts: false });
    expect(published[0]?.live?.updates.map(({ time }) => time)).toEqual([
      '2026-12-04T21:40+03:00',
      '2026-12-04T18:00+03:00',
    ]);
    expect(held).toEqual([
      { file: 'content/election-night.md', reason: 'the update at line 18 is held until 2026-12-04T23:00+03:00' },
    ]);
  });

  it('leaves a held update’s photo and links out of what the build publishes and checks', () => {
    const [story] = selectPublished([liveStory()], { now: at, includeDrafts: false }).published;
    expect(story?.bodyImages).toEqual([]);
    expect(story?.bodyLinks.map(({ target }) => target)).toEqual(['/news/results/']);
  });

  it('dates the story’s last change by its latest published update', () => {
    expect(selectPublished([liveStory()], { now: at, includeDrafts: false }).published[0]?.modified).toBe(
      '2026-12-04T21:40+03:00',
    );
  });

  it('names the moments a later build publishes more: each held update and the coverage’s end', () => {
    const ended = liveStory();
    const story = { ...ended, live: ended.live && { ...ended.live, end: '2026-12-05T00:00+03:00' } };
    expect(nextReleases([story], at).map((moment) => moment.toISOString())).toEqual([
      '2026-12-04T20:00:00.000Z',
      '2026-12-04T21:00:00.000Z',
    ]);
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
