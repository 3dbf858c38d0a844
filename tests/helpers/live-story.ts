import type { Article } from '@/lib/content/article';
import { parseArticle } from '@/lib/content/parse-article';

/** A live story for unit tests: five updates (one pinned, two key events) from 18:00 on 4 December 2026 in Minsk, ended at `end` if given. */
export function liveStory(end: string | undefined, updates = LIVE_UPDATES): Article {
  const text = `---
id: live01
headline: Election night
slug: election-night
published: 2026-12-04T18:00+03:00
live:
  start: 2026-12-04T18:00+03:00
${end ? `  end: ${end}\n` : ''}author: Zmitser Mitskevich
standfirst: The count.
topics:
  - Belarus
language: en
source:
  name: Belsat TV
  url: https://naviny.belsat.eu/en/
---
${updates}`;
  const result = parseArticle('content/election-night.md', new TextEncoder().encode(text));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.article;
}

/** Five updates, newest first: two key events, a pinned welcome. */
export const LIVE_UPDATES = `+++
time: 2026-12-05T01:10+03:00
title: Results
key: true
+++
The first results.

+++
time: 2026-12-04T23:40+03:00
+++
Counting goes on.

+++
time: 2026-12-04T21:40+03:00
title: Polls close
key: true
+++
Polls closed.

+++
time: 2026-12-04T19:00+03:00
+++
Queues.

+++
time: 2026-12-04T18:00+03:00
pinned: true
+++
Welcome.
`;
