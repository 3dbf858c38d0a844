import { describe, expect, it } from 'vitest';
import { makeArticle } from '@/tests/helpers/make-article';
import { relatedTo, toTopicIndex } from './related';

let next = 0;
const article = (slug: string, published: string, topics: readonly string[], language = 'en') =>
  makeArticle({ id: `rel${String((next += 1)).padStart(3, '0')}`, slug, published, topics, language });

const subject = article('subject', '2018-10-24', ['NATO', 'Defence', 'Poland']);
const three = article('three-shared', '2018-01-01', ['Poland', 'Defence', 'NATO', 'Russia']);
const twoOld = article('two-shared-old', '2018-09-01', ['NATO', 'Poland']);
const twoNew = article('two-shared-new', '2018-10-30', ['Defence', 'NATO']);
const oneA = article('one-shared-a', '2018-10-01', ['NATO']);
const oneB = article('one-shared-b', '2018-10-02', ['Poland']);
const oneC = article('one-shared-c', '2018-10-03', ['Defence']);
const none = article('nothing-shared', '2018-10-25', ['Belarus']);
const russian = article('russian-version', '2018-10-24', ['NATO', 'Defence', 'Poland'], 'ru');
const all = [oneA, none, subject, twoOld, russian, oneB, three, twoNew, oneC];
const slugs = (list: readonly { slug: string }[]) => list.map(({ slug }) => slug);

describe('relatedTo', () => {
  it('ranks by shared topics, newest first among equals, and stops at five', () => {
    const more = article('one-shared-d', '2018-10-04', ['NATO']);
    expect(slugs(relatedTo(subject, toTopicIndex([...all, more])))).toEqual([
      'three-shared',
      'two-shared-old',
      'one-shared-d',
      'one-shared-c',
      'one-shared-b',
    ]);
  });

  it('lists only stories published before it, so a story published later never changes its page', () => {
    expect(slugs(relatedTo(subject, toTopicIndex(all), 100))).not.toContain('two-shared-new');
    expect(slugs(relatedTo(twoNew, toTopicIndex(all)))).toContain('subject');
  });

  it('never lists the article itself', () => {
    expect(slugs(relatedTo(subject, toTopicIndex(all), 100))).not.toContain('subject');
  });

  it('lists only articles in the same language that share a topic', () => {
    const listed = relatedTo(subject, toTopicIndex(all), 100);
    expect(slugs(listed)).toEqual(['three-shared', 'two-shared-old', 'one-shared-c', 'one-shared-b', 'one-shared-a']);
    expect(listed.every(({ language }) => language === 'en')).toBe(true);
  });

  it('finds nothing for an article whose topics no other article has', () => {
    expect(relatedTo(none, toTopicIndex(all))).toEqual([]);
    expect(relatedTo(russian, toTopicIndex(all))).toEqual([]);
  });

  it('gives the same list whatever order the archive comes in', () => {
    expect(slugs(relatedTo(subject, toTopicIndex([...all].reverse())))).toEqual(
      slugs(relatedTo(subject, toTopicIndex(all))),
    );
  });
});

describe('toTopicIndex', () => {
  it('lists each language’s articles per topic, newest first, each once', () => {
    const twice = article('twice', '2018-10-05', ['NATO', 'nato!']);
    const index = toTopicIndex([oneA, twice, subject, russian]);
    expect(slugs((index.byTopic.get('en/nato') ?? []).map((place) => index.articles[place]!))).toEqual([
      'subject',
      'twice',
      'one-shared-a',
    ]);
    expect(slugs((index.byTopic.get('ru/nato') ?? []).map((place) => index.articles[place]!))).toEqual([
      'russian-version',
    ]);
  });
});
