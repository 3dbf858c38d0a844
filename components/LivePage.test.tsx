// A live story's page drawn from its view: the page table's rows of a story built at a fixed moment.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.LIVE_PAGE_SIZE = '2';
  process.env.BUILD_TIME = '2026-12-05T12:00:00Z';
});

import { setPublishedArticles } from '@/lib/articles';
import { readPublishingRules, selectPublished } from '@/lib/content/publishing';
import { buildPageTable } from '@/lib/site/pages';
import type { LivePageView } from '@/lib/site/views';
import { liveStory } from '@/tests/helpers/live-story';
import { LivePage } from './LivePage';

function pageOf(end: string | undefined, path = '/news/election-night/'): string {
  setPublishedArticles(selectPublished([liveStory(end)], readPublishingRules()).published);
  const view = buildPageTable().find((row) => row.path === path)?.view as LivePageView;
  return renderToStaticMarkup(<LivePage view={view} />);
}

describe('LivePage', () => {
  const html = pageOf(undefined);

  it('has the headline as its only h1 and says it is live, with the newsroom’s zone', () => {
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toContain(
      '<strong class="live-badge">Live</strong><span aria-hidden="true"> · </span>Times are GMT+3.',
    );
  });

  it('shows the pinned post first, marked, with its time as its own link', () => {
    expect(html).toMatch(
      /<article class="update" id="update-20261204T1500Z"><header class="update-header"><p class="update-label">Pinned<\/p><a class="update-time" href="#update-20261204T1500Z"><time dateTime="2026-12-04T15:00:00.000Z">4 December at 18:00<\/time><\/a><\/header>/,
    );
    expect(html.indexOf('update-20261204T1500Z')).toBeLessThan(html.indexOf('Key events'));
  });

  it('lists the key events as links to their updates, wherever they are', () => {
    expect(html).toContain(
      '<li><a href="/news/election-night/page/2/#update-20261204T1840Z"><time dateTime="2026-12-04T18:40:00.000Z">4 December at 21:40</time> Polls close</a></li>',
    );
  });

  it('gives each update its title and a share button the script reveals', () => {
    expect(html).toContain('<h3 class="update-title">Results</h3>');
    expect(html).toContain(
      '<button type="button" class="update-share" data-live-share="" hidden="" data-print="hide">Share this update</button>',
    );
  });

  it('gives the script the updates file to check, and the words for new updates', () => {
    expect(html).toContain('data-live="/news/election-night/live.json"');
    expect(html).toContain(
      'data-live-new="{&quot;one&quot;:&quot;{count} new update&quot;,&quot;other&quot;:&quot;{count} new updates&quot;}"',
    );
  });

  it('puts every update of the later pages in an index under its own id', () => {
    expect(html).toContain(
      '<li id="update-20261204T1600Z"><a href="/news/election-night/page/2/#update-20261204T1600Z">',
    );
  });

  it('once the coverage has ended, says when, and has nothing to check', () => {
    const ended = pageOf('2026-12-05T01:30+03:00');
    expect(ended).toContain('Coverage ended 5 December 2026, 01:30');
    expect(ended).not.toContain('live-badge');
    expect(ended).toContain('data-live=""');
    expect(ended).not.toContain('data-live-new');
  });
});
