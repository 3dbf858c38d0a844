import { describe, expect, it } from 'vitest';
import { formatProblem } from './content-error';
import { parseArticle } from './parse-article';
import { selectPublished } from './publishing';
import { type ScaffoldInput, ScaffoldError, toScaffold } from './scaffold';

const base: ScaffoldInput = {
  headline: 'Russia once again speaks about NATO threat',
  author: 'Zmitser Mitskevich',
  topics: ['Belarus', 'NATO'],
  sourceName: 'Belsat TV',
  sourceUrl: 'https://naviny.belsat.eu/en/news/x/',
  now: new Date('2025-03-09T23:30:00Z'),
  timeZone: 'UTC',
  id: 'k7q2mx',
};

function parse(fileName: string, text: string) {
  const result = parseArticle(`content/${fileName}`, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.article;
}

function refusals(input: Partial<ScaffoldInput>): readonly string[] {
  try {
    toScaffold({ ...base, ...input });
  } catch (error) {
    if (error instanceof ScaffoldError) return error.problems;
    throw error;
  }
  return [];
}

describe('toScaffold', () => {
  it.each([
    [
      'a plain headline',
      'Russia once again speaks about NATO threat',
      'en',
      'russia-once-again-speaks-about-nato-threat',
    ],
    [
      'a headline with YAML syntax in it',
      `Shoigu: "NATO's threat" # not a comment --- really`,
      'en',
      'shoigu-natos-threat-not-a-comment-really',
    ],
    ['a Belarusian headline', 'Лукашэнка сустрэўся з Шойгу', 'be', 'lukashenka-sustrewsya-z-shoyhu'],
  ])('writes %s as a draft that parses with no problems', (_, headline, language, slug) => {
    const { fileName, text } = toScaffold({ ...base, headline, language });
    const article = parse(fileName, text);
    expect(fileName).toBe(`${slug}.md`);
    expect(article).toMatchObject({ headline, slug, language, draft: true, id: 'k7q2mx', published: '2025-03-09' });
    expect(article.topics).toEqual(['Belarus', 'NATO']);
    expect(article.source).toEqual({ name: 'Belsat TV', url: 'https://naviny.belsat.eu/en/news/x/' });
  });

  it('writes the fields in the schema order, then a placeholder body', () => {
    const { text } = toScaffold(base);
    const keys = text.split('\n').flatMap((line) => /^([a-z]+):/.exec(line)?.[1] ?? []);
    expect(keys).toEqual([
      'id',
      'headline',
      'slug',
      'published',
      'draft',
      'author',
      'standfirst',
      'topics',
      'language',
      'source',
    ]);
    expect(text).toMatch(/\n---\n\nWrite the article here\.\n$/);
    expect(text).toContain('standfirst: Write the one-paragraph summary shown under the headline.\n');
  });

  it.each(['123456', '12e345', 'true00', 'null00'])('keeps the id %s a string', (id) => {
    const { fileName, text } = toScaffold({ ...base, id });
    expect(parse(fileName, text).id).toBe(id);
  });

  it('uses an explicit slug instead of the headline', () => {
    const { fileName, text } = toScaffold({ ...base, slug: 'nato-threat' });
    expect(fileName).toBe('nato-threat.md');
    expect(parse(fileName, text).slug).toBe('nato-threat');
  });

  it.each<[string, Partial<ScaffoldInput>, string]>([
    ['no author', { author: undefined }, 'no author: pass --author "Full Name" (or set NEWSROOM_AUTHOR)'],
    ['a blank author', { author: '  ' }, 'no author: pass --author "Full Name" (or set NEWSROOM_AUTHOR)'],
    ['no topic', { topics: [] }, 'no topic: pass --topic once for each topic, e.g. --topic Belarus --topic NATO'],
    [
      'no source url',
      { sourceUrl: undefined },
      'no source: pass --source-name "Publisher" and --source-url https://… of the original story',
    ],
    [
      'an empty headline',
      { headline: ' ' },
      'give the headline as one line of text, e.g. npm run new -- "Lukashenka meets Shoigu"',
    ],
    [
      'a headline of two lines',
      { headline: 'One\nTwo' },
      'give the headline as one line of text, e.g. npm run new -- "Lukashenka meets Shoigu"',
    ],
    [
      'a Chinese headline',
      { headline: '习近平会见卢卡申科' },
      '"习近平会见卢卡申科" has nothing that can be spelled in Latin letters for its address; pass --slug some-latin-words, e.g. --slug xi-meets-lukashenka',
    ],
    [
      'a slug that is not a URL segment',
      { slug: 'Nato Threat' },
      '--slug: use lowercase a-z, 0-9 and single hyphens, e.g. nato-threat-belarus; a headline in Cyrillic or another script needs an explicit Latin slug',
    ],
    [
      'a source url that is not a web address',
      { sourceUrl: 'belsat.eu' },
      '--source-url: write a full web address starting with https://, e.g. https://example.org/story',
    ],
    [
      'a language that is not a code',
      { language: 'English' },
      '--language: write the language as its code: en',
    ],
  ])('refuses %s', (_, input, message) => {
    expect(refusals(input)).toEqual([message]);
  });

  it.each([
    ['Europe/Minsk', '2026-11-30T21:30:00Z', '2026-12-01'],
    ['Europe/Minsk', '2026-11-30T20:30:00Z', '2026-11-30'],
    ['America/New_York', '2026-12-01T03:00:00Z', '2026-11-30'],
    ['UTC', '2026-11-30T21:30:00Z', '2026-11-30'],
  ])('dates a draft made in %s at %s by the newsroom’s day, %s, never in the future', (timeZone, now, day) => {
    const { fileName, text } = toScaffold({ ...base, timeZone, now: new Date(now) });
    expect(text).toContain(`\npublished: ${day}\n`);
    const result = parseArticle(`content/${fileName}`, new TextEncoder().encode(text), undefined, undefined, timeZone);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const { held } = selectPublished([result.article], { now: new Date(now), includeDrafts: true });
    expect(held).toEqual([]);
  });

  it('lists every missing input at once', () => {
    expect(refusals({ author: undefined, topics: undefined })).toHaveLength(2);
  });
});

describe('toScaffold for a live story', () => {
  it('writes a draft marked live from now, with a first pinned update to write, that parses with no problems', () => {
    const { text } = toScaffold({ ...base, live: true });
    expect(text).toContain('published: 2025-03-09T23:30Z\n');
    expect(text).toContain('live:\n  start: 2025-03-09T23:30Z\n');
    expect(text).toMatch(/---\n\n\+\+\+\ntime: 2025-03-09T23:30Z\npinned: true\n\+\+\+\nWrite the first update here\.\n$/);
    const article = parse('x.md', text);
    expect(article.live?.updates.map(({ time, pinned }) => [time, pinned])).toEqual([['2025-03-09T23:30Z', true]]);
  });

  it('cannot be published with its first update as npm run new wrote it', () => {
    const { text } = toScaffold({ ...base, live: true });
    const result = parseArticle('content/x.md', new TextEncoder().encode(text.replace('draft: true\n', '')));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toContain(
      'content/x.md: body: "Write the first update here." is not valid; replace the text npm run new wrote with your own, or keep draft: true until you have',
    );
  });
});
