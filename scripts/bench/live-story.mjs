// @ts-check
// A long live story for the byte budget (tests/build/live.test.ts) and the bench: `count` updates, one
// every five minutes, newest at the top, each one to three of thirty sentences in a varied order, a title on every
// fourth, a key event every twentieth, a quote every fifteenth, a list every twenty-fifth, and the first
// update pinned. Deterministic: the same count gives the same file.
//   node scripts/bench/live-story.mjs 200 > tests/fixtures/site/live-long-story.md

/**
 * What the updates say: sentences of the kind a night of counting brings, varied in length and words, so
 * the pages compress like a newsroom's text; none is the seed article's, so a search for its words finds
 * it alone.
 */
const SENTENCES = [
  'Polling stations in Minsk reported long queues in the last hour before closing.',
  'Observers from the independent campaign were refused entry to three stations in Hrodna.',
  'The Central Election Commission has not published turnout figures for the Homiel region yet.',
  'Our correspondent in Brest counted fourteen police vans parked near the city executive committee.',
  'Mobile internet was slowed in the city centre for about forty minutes, two operators confirmed.',
  'A commission member in Mahilyou told us that the ballots were counted behind closed doors.',
  'Several hundred people gathered outside the embassy in Vilnius to vote abroad.',
  'The opposition headquarters said it had received more than two thousand reports of violations.',
  'In Vitsebsk, voters photographed their ballots to submit them to an alternative count.',
  'The foreign ministry in Warsaw said it was following the vote closely and would comment tomorrow.',
  'Railway staff in Orsha were told to vote early and bring a photograph as proof, they say.',
  'A student from Pinsk described being asked to leave the station after asking to see the ballot box.',
  'Independent media websites opened slowly from inside the country throughout the evening.',
  'The commission chairwoman appeared on state television shortly before midnight.',
  'Queues formed again at the polling station on Niezalezhnasci Avenue after a short break.',
  'Two journalists were detained near the commission building and released an hour later.',
  'Turnout at the early vote was higher than at any previous election, the commission claims.',
  'Election monitors in Baranavichy say the protocols were not posted on the doors as the law requires.',
  'A spokesperson for the European Commission called for the full results to be published station by station.',
  'Rain began falling in the capital as people left the last polling stations.',
  'Volunteers at the counting centre in Lida said they had compared protocols from forty stations.',
  'The interior ministry warned against gatherings in the city centre after the polls closed.',
  'Several diplomats were seen leaving the foreign ministry building late in the evening.',
  'The first exit poll, by a state institute, was read out on the evening news.',
  'Relatives of political prisoners stood outside the detention centre on Akrestsina Street.',
  'Taxi drivers reported that several central streets had been closed to traffic.',
  'The official turnout figure differs from the opposition count by nearly twenty points.',
  'A pensioner in Maladzechna told us she had voted at home after a commission visited her.',
  'Telegram channels shared photographs of protocols that do not match the official figures.',
  'The commission promised preliminary results by the morning.',
];

const START = Date.UTC(2017, 10, 29, 5, 0); // 29 November 2017, 08:00 in Minsk

/** `moment` written in Minsk time with its zone: 2026-11-29T08:05+03:00. @param {number} moment */
function minsk(moment) {
  return `${new Date(moment + 3 * 3_600_000).toISOString().slice(0, 16)}+03:00`;
}

/**
 * The Markdown file of a running live story with `count` updates.
 * @param {number} count
 * @param {{ id?: string, slug?: string, author?: string, topic?: string }} [names] who and what it is
 * about, as the registries name them (the fixture site's by default)
 * @returns {string}
 */
export function liveStoryText(
  count,
  { id = 'live-long', slug = 'election-week-live', author = 'Fixture Editor', topic = 'Elections' } = {},
) {
  const sentences = SENTENCES;
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
author: ${author}
standfirst: A long live story of ${count} updates, for the byte budget and the bench (scripts/bench/live-story.mjs).
topics:
  - ${topic}
language: en
source:
  name: Belsat TV
  url: https://naviny.belsat.eu/en/
---

${blocks.join('\n')}`;
}

if (process.argv[1] === import.meta.filename) process.stdout.write(liveStoryText(Number(process.argv[2] ?? 200)));
