import { describe, expect, it } from 'vitest';
import { formatProblem } from './content-error';
import { parseArticle } from './parse-article';

const FRONT = `---
id: live01
headline: Election night in Belarus
slug: election-night
published: 2026-12-04T18:00+03:00
live:
  start: 2026-12-04T18:00+03:00
  end: 2026-12-04T23:40+03:00
author: Zmitser Mitskevich
standfirst: The count, as it happens.
topics:
  - Belarus
language: en
source:
  name: Belsat TV
  url: https://naviny.belsat.eu/en/
---
`;
// The body starts on line 18 of the file.

function parse(body: string, front = FRONT) {
  return parseArticle('content/election-night.md', new TextEncoder().encode(`${front}${body}`));
}

function problems(body: string, front = FRONT): string[] {
  const result = parse(body, front);
  return result.ok ? [] : result.problems.map(formatProblem);
}

function updates(body: string) {
  const result = parse(body);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.article.live?.updates ?? [];
}

const TWO = `+++
time: 2026-12-04T21:40+03:00
title: Polls close
key: true
+++
Polling stations closed at **20:00**.

+++
time: 2026-12-04T18:00+03:00
pinned: true
+++
Welcome to our live coverage.
`;

describe('a live story', () => {
  it('reads its coverage and its updates, newest first, each with its anchor, title, marks and text', () => {
    const result = parse(TWO);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { live } = result.article;
    expect(live?.start).toBe('2026-12-04T18:00+03:00');
    expect(live?.end).toBe('2026-12-04T23:40+03:00');
    expect(
      live?.updates.map(({ id, time, title, key, pinned, html, line }) => ({ id, time, title, key, pinned, html, line })),
    ).toEqual([
      {
        id: 'update-20261204T1840Z',
        time: '2026-12-04T21:40+03:00',
        title: 'Polls close',
        key: true,
        pinned: false,
        html: '<p>Polling stations closed at <strong>20:00</strong>.</p>\n',
        line: 18,
      },
      {
        id: 'update-20261204T1500Z',
        time: '2026-12-04T18:00+03:00',
        title: undefined,
        key: false,
        pinned: true,
        html: '<p>Welcome to our live coverage.</p>\n',
        line: 25,
      },
    ]);
    expect(result.article.bodyHtml).toBe('');
    expect(result.article.plainText).toBe(
      'The count, as it happens.\n\nPolling stations closed at 20:00.\n\nWelcome to our live coverage.',
    );
  });

  it('sorts updates by time whatever their order in the file, and gives two at one moment distinct anchors that a new one above never changes', () => {
    const body = `+++
time: 2026-12-04T19:00+03:00
title: Second at seven
+++
B.

+++
time: 2026-12-04T16:00Z
title: First at seven
+++
A.

+++
time: 2026-12-04T20:30:15+03:00
+++
C.
`;
    expect(updates(body).map(({ id, title }) => [id, title])).toEqual([
      ['update-20261204T173015Z', undefined],
      ['update-20261204T1600Z-2', 'Second at seven'],
      ['update-20261204T1600Z', 'First at seven'],
    ]);
  });

  it('leaves a removed update out, keeping the anchors of the others', () => {
    const body = `+++
time: 2026-12-04T19:00+03:00
title: Second
+++
B.

+++
time: 2026-12-04T19:00+03:00
title: First
removed: true
+++
A.
`;
    expect(updates(body).map(({ id }) => id)).toEqual(['update-20261204T1600Z-2']);
  });

  it('renders each update’s Markdown like an article’s, without paragraph anchors and with footnote ids of its own', () => {
    const [first, second] = updates(`+++
time: 2026-12-04T19:00+03:00
+++
> A quote.

A claim.[^a]

[^a]: Its source.

+++
time: 2026-12-04T18:30+03:00
+++
Another claim.[^a]

[^a]: Another source.
`);
    expect(first?.html).toContain('<blockquote>\n<p>A quote.</p>\n</blockquote>');
    expect(first?.html).not.toContain('para-link');
    expect(first?.html).toContain('id="u1-user-content-fn-a"');
    expect(second?.html).toContain('id="u2-user-content-fn-a"');
    expect(second?.html).toContain('href="#u2-user-content-fnref-a"');
  });

  it('finds links in updates with their lines, for the link check', () => {
    const result = parse(`+++
time: 2026-12-04T19:00+03:00
+++
See [the count](/news/the-count/).
`);
    expect(result.ok && result.article.bodyLinks).toEqual([{ kind: 'link', target: '/news/the-count/', line: 21 }]);
  });
});

describe('bad live stories, each refused with file, line and the fix', () => {
  it.each([
    [
      'an update without a time',
      `+++
title: Polls close
+++
Text.
`,
      [
        'content/election-night.md: update.time (line 18): is missing; write the update’s time with its zone, e.g. time: 2026-12-04T21:40+03:00',
      ],
    ],
    [
      'an update timed without its zone',
      `+++
time: 2026-12-04T21:40
+++
Text.
`,
      [
        'content/election-night.md: update.time (line 19): "2026-12-04T21:40" is not valid; write the update’s time with its zone, e.g. time: 2026-12-04T21:40+03:00',
      ],
    ],
    [
      'an update timed before the coverage began',
      `+++
time: 2026-12-04T17:59+03:00
+++
Text.
`,
      [
        'content/election-night.md: update.time (line 19): "2026-12-04T17:59+03:00" is not valid; an update falls within the coverage, from live.start 2026-12-04T18:00+03:00 to live.end 2026-12-04T23:40+03:00: correct its time, or the coverage’s start',
      ],
    ],
    [
      'an update timed after the coverage ended',
      `+++
time: 2026-12-05T00:10+03:00
+++
Text.
`,
      [
        'content/election-night.md: update.time (line 19): "2026-12-05T00:10+03:00" is not valid; an update falls within the coverage, from live.start 2026-12-04T18:00+03:00 to live.end 2026-12-04T23:40+03:00: correct its time, or the coverage’s end',
      ],
    ],
    [
      'two updates with the same time and title',
      `+++
time: 2026-12-04T21:40+03:00
title: Polls close
+++
Text.

+++
time: 2026-12-04T18:40Z
title: Polls close
+++
The same text, pasted twice.
`,
      [
        'content/election-night.md: update.time (line 25): "2026-12-04T18:40Z" is not valid; the update at line 18 has the same time and title; delete the copy, or correct its time or title',
      ],
    ],
    [
      'a key-event mark on nothing',
      `+++
time: 2026-12-04T21:40+03:00
key: true
+++

+++
time: 2026-12-04T21:00+03:00
+++
Text.
`,
      [
        'content/election-night.md: update.key (line 20): true is not valid; the key-event mark is on an update with no title and no text; write the update below its header, or remove key: true',
      ],
    ],
    [
      'a pinned post that is also removed',
      `+++
time: 2026-12-04T18:00+03:00
pinned: true
removed: true
+++
Welcome.
`,
      [
        'content/election-night.md: update.removed (line 21): true is not valid; a pinned update stays on top, so it cannot be removed: remove pinned: true first (pin another update if the page needs one)',
      ],
    ],
    [
      'two pinned posts',
      `+++
time: 2026-12-04T19:00+03:00
pinned: true
+++
Now this.

+++
time: 2026-12-04T18:00+03:00
pinned: true
+++
Welcome.
`,
      [
        'content/election-night.md: update.pinned (line 26): true is not valid; the update at line 18 is pinned already; one update is pinned at a time, so remove pinned: true from one of them',
      ],
    ],
    [
      'a misspelt mark',
      `+++
time: 2026-12-04T19:00+03:00
pined: true
+++
Now this.
`,
      [
        'content/election-night.md: update.pined (line 20): true is not valid; an update’s header has only time, title, key, pinned, removed; write one of those, or move the text below the second "+++"',
      ],
    ],
    [
      'text before the first update',
      `The story so far.

+++
time: 2026-12-04T19:00+03:00
+++
Now this.
`,
      [
        'content/election-night.md: body (line 18): "The story so far." is not valid; a live story is written as updates: start each with a header between two "+++" lines, e.g. "+++", "time: 2026-12-04T21:40+03:00", "+++", then its text',
      ],
    ],
    [
      'a header never closed',
      `+++
time: 2026-12-04T19:00+03:00
Now this.
`,
      [
        'content/election-night.md: update (line 18): is missing; close the update’s header with a line of exactly "+++" after its time, title and marks',
      ],
    ],
    [
      'raw HTML in an update, on its line',
      `+++
time: 2026-12-04T19:00+03:00
+++
Now <b>this</b>.
`,
      [
        'content/election-night.md: body (line 21): raw HTML "<b>" is not valid; the site publishes no raw HTML, so this would be dropped; write it in Markdown (*emphasis*, [text](https://…), > quote, - list), or to show the tag as text put it in backticks: `<b>`',
        'content/election-night.md: body (line 21): raw HTML "</b>" is not valid; the site publishes no raw HTML, so this would be dropped; write it in Markdown (*emphasis*, [text](https://…), > quote, - list), or to show the tag as text put it in backticks: `<b>`',
      ],
    ],
  ])('%s', (_, body, expected) => {
    expect(problems(body)).toEqual(expected);
  });

  it('refuses an end before the start', () => {
    const front = FRONT.replace('end: 2026-12-04T23:40+03:00', 'end: 2026-12-04T17:00+03:00');
    expect(problems(TWO, front)).toContain(
      'content/election-night.md: live.end: "2026-12-04T17:00+03:00" is not valid; the coverage ends after it begins (2026-12-04T18:00+03:00); correct the end or the start',
    );
  });

  it('refuses update blocks in a story not marked live', () => {
    const front = FRONT.replace(/live:\n.*\n.*\n/, '');
    expect(problems(TWO, front)).toEqual([
      'content/election-night.md: live: is missing; "+++" lines open a live story’s updates; mark the story live in its front matter ("live:" with "start: 2026-12-04T18:00+03:00" under it), or remove them',
    ]);
  });

  it('refuses a coverage start without its zone', () => {
    const front = FRONT.replace('start: 2026-12-04T18:00+03:00', 'start: 2026-12-04');
    expect(problems(TWO, front)).toContain(
      'content/election-night.md: live.start: "2026-12-04" is not valid; write when the coverage began, with its zone, e.g. start: 2026-12-04T18:00+03:00',
    );
  });
});
