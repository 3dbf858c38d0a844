// @ts-check
// The archive `npm run bench` builds: a newsroom's mix rather than one article copied. Stories in
// English, Belarusian and Russian in turn, spread over fifteen years whatever the archive's size; eight authors,
// 200 topics drawn Zipf-like (a few big ones, a long tail), bodies of varied length, and a tenth of
// the articles with a lead photo, each its own, as in a newsroom (originals.mjs cuts them from real
// photographs), so a clean build pays for deriving every one.
// It also writes the `authors.yml` and `topics.yml` registries of the coming content format, where
// articles name their author and topics by registry id; see `registries` below.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeOriginals } from './originals.mjs';
import { random } from './seeded-random.mjs';

const AUTHORS = [
  ['zmitser-mitskevich', 'Zmitser Mitskevich', 'Зміцер Міцкевіч', 'Дмитрий Мицкевич'],
  ['alena-kavalenka', 'Alena Kavalenka', 'Алена Каваленка', 'Елена Коваленко'],
  ['ihar-ilyash', 'Ihar Ilyash', 'Ігар Ільяш', 'Игорь Ильяш'],
  ['tatsiana-bahdanava', 'Tatsiana Bahdanava', 'Таццяна Багданава', 'Татьяна Богданова'],
  ['siarhei-novik', 'Siarhei Novik', 'Сяргей Новік', 'Сергей Новик'],
  ['volha-sabaleuskaya', 'Volha Sabaleuskaya', 'Вольга Сабалеўская', 'Ольга Соболевская'],
  ['andrei-karpovich', 'Andrei Karpovich', 'Андрэй Карповіч', 'Андрей Карпович'],
  ['maryna-zhuk', 'Maryna Zhuk', 'Марына Жук', 'Марина Жук'],
];

/** The first topics are real ones; the long tail is numbered. */
const NAMED_TOPICS = [
  ['belarus', 'Belarus', 'Беларусь', 'Беларусь'],
  ['russia', 'Russia', 'Расія', 'Россия'],
  ['nato', 'NATO', 'НАТА', 'НАТО'],
  ['defence', 'Defence', 'Абарона', 'Оборона'],
  ['poland', 'Poland', 'Польшча', 'Польша'],
  ['economy', 'Economy', 'Эканоміка', 'Экономика'],
  ['elections', 'Elections', 'Выбары', 'Выборы'],
  ['culture', 'Culture', 'Культура', 'Культура'],
];
export const AUTHOR_COUNT = AUTHORS.length;
export const TOPIC_COUNT = 200;
export const PHOTO_EVERY = 10;
/** The newsroom's three languages, in turn: story i is in LANGUAGES[i % 3]. */
export const LANGUAGES = ['en', 'be', 'ru'];
/** Whatever its size, the archive spans fifteen years up to 1 July 2026, as the newsroom's does. */
const FIRST_DAY = Date.UTC(2011, 6, 1);
const SPAN = Date.UTC(2026, 6, 1) - FIRST_DAY;

/**
 * When story `i` of an archive of `count` was published: evenly over the fifteen years, the last on
 * 1 July 2026 (breaking news, story count + 1, a little after it), as the front matter writes it.
 * @param {number} i @param {number} count @returns {string}
 */
function publishedAt(i, count) {
  return `${new Date(FIRST_DAY + Math.floor((i * SPAN) / count)).toISOString().slice(0, 16)}+00:00`;
}
const TOPICS = Array.from({ length: TOPIC_COUNT }, (_, i) => {
  const named = NAMED_TOPICS[i];
  if (named) return named;
  const n = i + 1;
  return [`topic-${n}`, `Topic ${n}`, `Тэма ${n}`, `Тема ${n}`];
});

/** Zipf-like: topic k is drawn with weight 1/(k+1), so topic 1 is common and topic 200 rare. */
/** @param {number} count @param {() => number} next @returns {() => number} */
function zipfPicker(count, next) {
  /** @type {number[]} */
  const cumulative = [];
  let total = 0;
  for (let k = 0; k < count; k += 1) cumulative.push((total += 1 / (k + 1)));
  return () => {
    const target = next() * total;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

/** The `authors.yml` and `topics.yml` registries: id → names in three languages (and a bio). */
export function registries() {
  const authors = AUTHORS.map(
    ([id, en, be, ru]) =>
      `${id}:\n  name: { en: ${en}, be: ${be}, ru: ${ru} }\n  bio: { en: "${en} writes about Belarus and its neighbours." }\n`,
  ).join('');
  const topics = TOPICS.map(([id, en, be, ru]) => `${id}:\n  name: { en: ${en}, be: ${be}, ru: ${ru} }\n`).join('');
  return { 'authors.yml': authors, 'topics.yml': topics };
}

/** @param {string} root */
function seedArticle(root) {
  const name = readdirSync(path.join(root, 'content')).find((file) => file.endsWith('.md'));
  if (!name) throw new Error('content/ has no article to take a body from');
  const text = readFileSync(path.join(root, 'content', name), 'utf8');
  const body = text.split(/\n---\n/)[1] ?? '';
  return body
    .trim()
    .split(/\n\n+/)
    .filter((p) => !p.startsWith('>'));
}

/**
 * The text of article `i` of the archive (1-based): its front matter and a body of 3 to 12
 * paragraphs taken from the seed in a varied order.
 * @param {number} i
 * @param {{ count: number, paragraphs: string[], next: () => number, topic: () => number, withPhoto: boolean }} parts
 */
function articleText(i, { count, paragraphs, next, topic, withPhoto }) {
  const author = AUTHORS[Math.floor(next() * AUTHORS.length)]?.[0];
  const topicIds = new Set([TOPICS[topic()]?.[0]]);
  const wanted = 1 + Math.floor(next() * 4);
  while (topicIds.size < wanted) topicIds.add(TOPICS[topic()]?.[0]);
  const length = 3 + Math.floor(next() * 10);
  const body = Array.from({ length }, (_, p) => paragraphs[(i + p * 3) % paragraphs.length]).join('\n\n');
  const photo = withPhoto
    ? `image:\n  src: images/photo-${i / PHOTO_EVERY - 1}.jpg\n  alt: A photograph from the archive, number ${i}\n  credit: KDE wallpapers\n`
    : '';
  return `---
id: bench${i}
headline: Archive story ${i} on ${TOPICS[0]?.[1]} and its neighbours, number ${i} of ${count}
slug: bench-article-${i}
published: ${publishedAt(i, count)}
author: ${author}
standfirst: The ${i}th story of the generated archive, written to measure how the build grows with the archive.
topics: [${[...topicIds].join(', ')}]
language: ${LANGUAGES[i % LANGUAGES.length]}
${photo}source:
  name: Belsat TV
  url: https://naviny.belsat.eu/en/news/bench-${i}/
---

${body}
`;
}

/**
 * Writes an archive of `count` articles, with the `authors.yml` and `topics.yml` they name, into a
 * new temporary folder and returns its path. Each photographed article has its own original.
 * @param {number} count
 * @param {{ root: string, photos?: boolean }} options
 */
export async function generateArchive(count, { root, photos = true }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-content-${count}-`));
  const next = random(count);
  const topic = zipfPicker(TOPICS.length, next);
  const paragraphs = seedArticle(root);
  const usePhotos = photos && count >= PHOTO_EVERY;
  if (usePhotos) await writeOriginals(path.join(dir, 'images'), Math.floor(count / PHOTO_EVERY));
  for (let i = 1; i <= count; i += 1) {
    const withPhoto = usePhotos && i % PHOTO_EVERY === 0;
    writeFileSync(
      path.join(dir, `bench-article-${i}.md`),
      articleText(i, { count, paragraphs, next, topic, withPhoto }),
    );
  }
  for (const [name, text] of Object.entries(registries())) writeFileSync(path.join(dir, name), text);
  return dir;
}

/**
 * Rewrites article `i`'s headline in place: the one-article correction a rebuild is measured on.
 * @param {string} dir @param {number} i
 */
export function correctArticle(dir, i) {
  const file = path.join(dir, `bench-article-${i}.md`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^headline: (.*)$/m, 'headline: $1 (corrected)'));
}

/**
 * Publishes breaking news into the archive: a story after every other one, in the busiest topic (the
 * first, drawn most often), from article 1's text. The one-new-article rebuild is measured on it.
 * @param {string} dir @param {number} count the archive's size @returns {string} the new article's slug
 */
export function publishBreakingArticle(dir, count) {
  const i = count + 1;
  const text = readFileSync(path.join(dir, 'bench-article-1.md'), 'utf8')
    .replace(/^id: .*$/m, `id: bench${i}`)
    .replace(/^slug: .*$/m, `slug: bench-article-${i}`)
    .replace(/^headline: .*$/m, `headline: "Breaking news, story ${i}, on ${TOPICS[0]?.[1]}"`)
    .replace(/^published: .*$/m, `published: ${publishedAt(i, count)}`)
    .replace(/^topics: .*$/m, `topics: [${TOPICS[0]?.[0]}]`);
  writeFileSync(path.join(dir, `bench-article-${i}.md`), text);
  return `bench-article-${i}`;
}
