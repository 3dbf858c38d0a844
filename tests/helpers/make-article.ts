import type { Article } from '@/lib/content/article';
import { parseArticle } from '@/lib/content/parse-article';

const BASE = `---
id: base01
headline: A headline
slug: a-headline
published: 2018-10-24
author: Zmitser Mitskevich
standfirst: The summary.
topics:
  - Belarus
language: en
source:
  name: Belsat TV
  url: https://naviny.belsat.eu/en/news/x/
---

The body.
`;

/**
 * A valid article for unit tests, parsed from real front matter so every derived field (slugs,
 * topicRefs, modified) is what the build would compute. Front matter lines in `fields` replace the
 * base ones, e.g. `{ author: 'Hanna Liubakova', topics: ['NATO', 'nato!'] }`. Dated in `timeZone`, the
 * newsroom's (site.yml), UTC unless given.
 */
export function makeArticle(
  fields: Record<string, string | readonly string[]> = {},
  body = 'The body.\n',
  timeZone = 'UTC',
): Article {
  const overrides = Object.entries(fields).map(([key, value]) =>
    typeof value === 'string'
      ? `${key}: ${JSON.stringify(value)}`
      : `${key}:\n${value.map((v) => `  - ${JSON.stringify(v)}`).join('\n')}`,
  );
  const keys = new Set(Object.keys(fields));
  const base = BASE.split('\n---\n')[0]!.split('\n').slice(1);
  const kept: string[] = [];
  let skipping = false;
  for (const line of base) {
    const key = /^([a-z]+):/.exec(line)?.[1];
    if (key !== undefined) skipping = keys.has(key);
    if (!skipping) kept.push(line);
  }
  const source = `---\n${[...kept, ...overrides].join('\n')}\n---\n\n${body}`;
  const result = parseArticle('content/test.md', new TextEncoder().encode(source), undefined, undefined, timeZone);
  if (!result.ok) throw new Error(`makeArticle: ${JSON.stringify(result.problems)}`);
  return result.article;
}
