// @ts-check
// A long live story for the byte budget (tests/build/live.test.ts) and the bench: `count` updates, one
// every five minutes, newest at the top, each one to three sentences of the seed article's text in a
// varied order (so the page compresses like real text, not like one sentence repeated), a title on every
// fourth, a key event every twentieth, a quote every fifteenth, a list every twenty-fifth, and the first
// update pinned. Deterministic: the same count gives the same file.
//   node scripts/bench/live-story.mjs 200 > tests/fixtures/site/live-long-story.md
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** The seed article's sentences. @returns {string[]} */
function seedSentences() {
  const name = readdirSync(path.join(root, 'content')).find((file) => file.endsWith('.md'));
  if (!name) throw new Error('content/ has no article to take sentences from');
  const body = readFileSync(path.join(root, 'content', name), 'utf8').split(/\n---\n/)[1] ?? '';
  return body
    .replace(/^> /gm, '')
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length > 20 && !/[“”:]/.test(sentence));
}

const START = Date.UTC(2026, 10, 29, 5, 0); // 29 November 2026, 08:00 in Minsk

/** `moment` written in Minsk time with its zone: 2026-11-29T08:05+03:00. @param {number} moment */
function minsk(moment) {
  return `${new Date(moment + 3 * 3_600_000).toISOString().slice(0, 16)}+03:00`;
}

/**
 * The Markdown file of a running live story with `count` updates.
 * @param {number} count
 * @param {{ id?: string, slug?: string }} [names]
 * @returns {string}
 */
export function liveStoryText(count, { id = 'live-long', slug = 'election-week-live' } = {}) {
  const sentences = seedSentences();
  const pick = (/** @type {number} */ i, /** @type {number} */ n) =>
    Array.from({ length: n }, (_, k) => sentences[(i * 7 + k * 3) % sentences.length]).join(' ');
  const blocks = [];
  for (let i = count; i >= 1; i -= 1) {
    const header = [`time: ${minsk(START + (i - 1) * 300_000)}`];
    if (i === 1) header.push('pinned: true');
    if (i % 4 === 0)
      header.push(`title: ${JSON.stringify(`Update ${i}: ${pick(i, 1).split(' ').slice(0, 6).join(' ')}`)}`);
    if (i % 20 === 0) header.push('key: true');
    const text = [pick(i, 1 + (i % 3))];
    if (i % 15 === 0) text.push(`> ${pick(i + 1, 1)}`);
    if (i % 25 === 0) text.push([1, 2, 3].map((k) => `- ${pick(i + k, 1)}`).join('\n'));
    blocks.push(`+++\n${header.join('\n')}\n+++\n${text.join('\n\n')}\n`);
  }
  return `---
id: ${id}
headline: A week of elections in Belarus, live
slug: ${slug}
published: ${minsk(START)}
live:
  start: ${minsk(START)}
author: Zmitser Mitskevich
standfirst: A long live story of ${count} updates, for the byte budget and the bench (scripts/bench/live-story.mjs).
topics:
  - Belarus
language: en
source:
  name: Belsat TV
  url: https://naviny.belsat.eu/en/
---

${blocks.join('\n')}`;
}

if (process.argv[1] === import.meta.filename) process.stdout.write(liveStoryText(Number(process.argv[2] ?? 200)));
