import { describe, expect, it } from 'vitest';
import { formatProblem } from './content-error';
import { parseArticle } from './parse-article';

const valid = {
  id: 'k7q2mx',
  headline: 'A headline',
  slug: 'a-headline',
  published: '2018-10-24',
  author: 'Zmitser Mitskevich',
  standfirst: 'The summary.',
  topics: '\n  - Belarus',
  language: 'en',
  source: '\n  name: Belsat TV\n  url: https://naviny.belsat.eu/en/news/x/',
};

function file(fields: Record<string, string | undefined>, body = 'The body.\n'): Uint8Array {
  const lines = Object.entries({ ...valid, ...fields })
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}:${value!.startsWith('\n') ? '' : ' '}${value}`);
  return new TextEncoder().encode(`---\n${lines.join('\n')}\n---\n\n${body}`);
}

function messages(bytes: Uint8Array): string[] {
  const result = parseArticle('content/x.md', bytes);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('parseArticle', () => {
  it('turns a valid file into an article with derived fields', () => {
    const result = parseArticle('content/x.md', file({}, 'One two three.\n\nFour five.\n'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.headline).toBe('A headline');
    expect(result.article.published).toBe('2018-10-24');
    expect(result.article.bodyHtml).toBe(
      '<p id="p1">One two three.\u00a0<a href="#p1" class="para-link" aria-label="Link to paragraph 1">¶</a></p>\n' +
        '<p id="p2">Four five.\u00a0<a href="#p2" class="para-link" aria-label="Link to paragraph 2">¶</a></p>\n',
    );
    expect(result.article.stats).toEqual({ words: 7, readingMinutes: 1, paragraphs: 2 });
    expect(result.article.excerpt).toBe('The summary.');
  });

  it('derives the author and topic pages, and the last change from updates and corrections', () => {
    const result = parseArticle(
      'content/x.md',
      file({
        topics: '\n  - Belarus\n  - INF treaty',
        updated: '2018-10-25',
        corrections: '\n  - date: 2018-10-26\n    text: An earlier version misspelled the minister’s name.',
      }),
    );
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.article.authors).toEqual([{ id: 'zmitser-mitskevich', name: 'Zmitser Mitskevich' }]);
    expect(result.article.topicRefs).toEqual([
      { name: 'Belarus', slug: 'belarus' },
      { name: 'INF treaty', slug: 'inf-treaty' },
    ]);
    expect(result.article.modified).toBe('2018-10-26');
    expect(result.article.draft).toBe(false);
    expect(result.article.aliases).toEqual([]);
  });

  it.each([
    [
      'a missing headline',
      file({ headline: undefined }),
      'content/x.md: headline: is missing; write the headline as one line of text',
    ],
    [
      'an empty headline',
      file({ headline: '""' }),
      'content/x.md: headline: "" is not valid; write the headline as one line of text',
    ],
    [
      'a date that does not exist',
      file({ published: '2018-02-30' }),
      'content/x.md: published: "2018-02-30" is not valid; use a date that exists, written YYYY-MM-DD (e.g. 2018-10-24) or with a time and zone (e.g. 2018-10-24T06:00+03:00)',
    ],
    [
      'a month that does not exist',
      file({ published: '2018-13-45' }),
      'content/x.md: published: "2018-13-45" is not valid; use a date that exists, written YYYY-MM-DD (e.g. 2018-10-24) or with a time and zone (e.g. 2018-10-24T06:00+03:00)',
    ],
    [
      'a date in another format',
      file({ published: '24.10.2018' }),
      'content/x.md: published: "24.10.2018" is not valid; write the date as YYYY-MM-DD: 2018-10-24',
    ],
    [
      'a slug with capitals',
      file({ slug: 'Nato-Threat' }),
      'content/x.md: slug: "Nato-Threat" is not valid; use lowercase a-z, 0-9 and single hyphens: nato-threat',
    ],
    [
      'a Cyrillic slug',
      file({ slug: 'нато' }),
      'content/x.md: slug: "нато" is not valid; use lowercase a-z, 0-9 and single hyphens: nato',
    ],
    [
      'a misspelt field',
      file({ autor: 'Zmitser' }),
      'content/x.md: autor: "Zmitser" is not valid; did you mean "author"? this field is unknown and would be ignored; use one of: id, headline, slug, published, updated, draft, aliases, corrections, author, translationKey, standfirst, topics, language, image, live, source',
    ],
    [
      'a source URL that is not a web address',
      file({ source: '\n  name: Belsat TV\n  url: javascript:alert(1)' }),
      'content/x.md: source.url: "javascript:alert(1)" is not valid; write a full web address starting with https://, e.g. https://example.org/story',
    ],
    [
      'topics written as one string',
      file({ topics: 'Belarus, NATO' }),
      'content/x.md: topics: "Belarus, NATO" is not valid; list the topics one per line, each starting with "- "',
    ],
    [
      'a language that is not a code',
      file({ language: 'English' }),
      'content/x.md: language: "English" is not valid; write the language as its code: en',
    ],
    ['an empty body', file({}, '\n'), 'content/x.md: body: is missing; write the article text below the closing "---"'],
    [
      'raw HTML in the body',
      file({}, 'Text.\n\n<script>alert(1)</script>\n'),
      'content/x.md: body (line 18): raw HTML "<script>alert(1)</script>" is not valid; the site publishes no raw HTML, so this would be dropped; write it in Markdown (*emphasis*, [text](https://…), > quote, - list), or to show the tag as text put it in backticks: `<script>`',
    ],
    [
      'an image from another site',
      file({}, '![x](https://tracker.example/pixel.gif)\n'),
      'content/x.md: body (line 16): image "https://tracker.example/pixel.gif" is not valid; photos are published from the newsroom\'s own files, never loaded from another address: save it in content/images/ and write images/<file>, e.g. images/shoigu-in-minsk.jpg',
    ],
    [
      'an update before publication',
      file({ updated: '2018-10-01' }),
      'content/x.md: updated: "2018-10-01" is not valid; an update cannot be before the publication date 2018-10-24',
    ],
    [
      'a correction without its text',
      file({ corrections: '\n  - date: 2018-10-25' }),
      'content/x.md: corrections.0.text: is missing; say what was wrong and what is right now, in one or two sentences',
    ],
    [
      'a mistyped correction field',
      file({ corrections: '\n  - date: 2018-10-25\n    txt: Fixed.' }),
      'content/x.md: corrections.0.text: is missing; say what was wrong and what is right now, in one or two sentences',
      'content/x.md: corrections.0.txt: "Fixed." is not valid; did you mean "text"? this field is unknown and would be ignored; use one of: date, text',
    ],
    [
      'an alias in Cyrillic',
      file({ aliases: '\n  - нато' }),
      'content/x.md: aliases.0: "нато" is not valid; use lowercase a-z, 0-9 and single hyphens: nato',
    ],
    [
      'the current slug listed as an alias',
      file({ aliases: '\n  - a-headline' }),
      'content/x.md: aliases.0: "a-headline" is not valid; an alias is an earlier slug; remove the current slug from aliases',
    ],
    [
      'draft written as a word',
      file({ draft: 'yes' }),
      'content/x.md: draft: "yes" is not valid; write draft: true to keep the article out of the published site, or remove the line',
    ],
    [
      'a date-time without a zone',
      file({ published: '2018-10-24T06:00' }),
      'content/x.md: published: "2018-10-24T06:00" is not valid; use a date that exists, written YYYY-MM-DD (e.g. 2018-10-24) or with a time and zone (e.g. 2018-10-24T06:00+03:00)',
    ],
  ])('names the file, the field, the value and the fix for %s', (_, bytes, ...expected) => {
    expect(messages(bytes)).toEqual(expected);
  });

  it('reports every problem of a file at once', () => {
    expect(messages(file({ headline: undefined, published: '2018-02-30', language: undefined }))).toHaveLength(3);
  });

  it.each([
    [
      'JavaScript front matter',
      '---js\n{ headline: "x" }\n---\nBody\n',
      'content/x.md: front matter: "---js" is not valid; the first line must be exactly "---" (YAML front matter only; ---js and other engines are not allowed)',
    ],
    [
      'a file without front matter',
      'Just text\n',
      'content/x.md: front matter: "Just text" is not valid; the first line must be exactly "---" (YAML front matter only; ---js and other engines are not allowed)',
    ],
    [
      'an unclosed front matter block',
      '---\nheadline: x\n\nBody\n',
      'content/x.md: front matter: close the front matter with a line of exactly "---" before the article text',
    ],
  ])('refuses %s with a message', (_, text, expected) => {
    expect(messages(new TextEncoder().encode(text))).toEqual([expected]);
  });

  it('refuses a file that is not UTF-8, such as Windows-1251', () => {
    const cp1251 = Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0xcd, 0xc0, 0xd2, 0xce, 0x0a]);
    expect(messages(cp1251)).toEqual([
      'content/x.md: file: text in Windows-1251 or another encoding that is not UTF-8 (byte 0xCD on line 2, byte 5 of the file) is not valid; save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)',
    ]);
  });

  it('accepts a byte-order mark and Windows line endings', () => {
    const text = new TextDecoder().decode(file({})).replace(/\n/g, '\r\n');
    const result = parseArticle('content/x.md', new TextEncoder().encode(`\uFEFF${text}`));
    expect(result.ok).toBe(true);
  });
});

describe('the original’s address', () => {
  it('is kept as a serialised URL, so quotes and angle brackets never reach an href raw', () => {
    const result = parseArticle(
      'content/x.md',
      file({ source: '\n  name: Belsat TV\n  url: \'https://belsat.eu/a b?q="<x>"\'' }),
    );
    expect(result.ok && result.article.source.url).toBe('https://belsat.eu/a%20b?q=%22%3Cx%3E%22');
  });
});

describe('parseArticle refuses one-line fields too long to be what they say', () => {
  it.each([
    ['headline', 'a headline may be at most 200 characters', 10_000, '10,000'],
    ['standfirst', 'a standfirst may be at most 600 characters', 601, '601'],
    ['author', 'an author’s name may be at most 100 characters', 101, '101'],
  ])('%s, saying the limit and the length found', (field, limit, length, shown) => {
    const value = 'a'.repeat(length);
    expect(messages(file({ [field]: value }))).toEqual([
      `content/x.md: ${field}: "${'a'.repeat(76)}… is not valid; ${limit}, and this one has ${shown}: shorten it`,
    ]);
  });

  it('a topic, saying the limit and the length found', () => {
    expect(messages(file({ topics: `\n  - ${'b'.repeat(61)}` }))).toEqual([
      `content/x.md: topics.0: "${'b'.repeat(61)}" is not valid; a topic may be at most 60 characters, and this one has 61: shorten it`,
    ]);
  });
});

describe('parseArticle refuses invisible characters in one-line fields', () => {
  it.each([
    ['headline', '"Lukashenka \\u202eklat"', 'U+202E (right-to-left override) at character 12'],
    ['headline', '"Minsk\\0 talks"', 'U+0000 (a control character) at character 6'],
    ['headline', '"Min\\u200bsk"', 'U+200B (zero width space) at character 4'],
    ['author', '"Zmitser\\aMitskevich"', 'U+0007 (a control character) at character 8'],
    ['standfirst', '"A soft\\u00adhyphen"', 'U+00AD (soft hyphen) at character 7'],
  ])('%s %s, naming the character and its position', (field, yaml, where) => {
    const [problem] = messages(file({ [field]: yaml }));
    expect(problem).toMatch(new RegExp(`^content/x\\.md: ${field}: ".*" is not valid; `));
    expect(problem).toContain(`remove the invisible character ${where}; write visible text only`);
    // The message itself shows the character escaped, so it cannot reorder the terminal's line.
    expect(problem).not.toMatch(/[\u0000-\u0008\u200b\u202e\u00ad]/);
  });

  it('refuses them in a topic and in the source’s name', () => {
    expect(
      messages(
        file({ topics: '\n  - "NA\\u200dTO"', source: '\n  name: "Belsat\\u2066 TV"\n  url: https://belsat.eu/x/' }),
      ),
    ).toEqual([
      'content/x.md: topics.0: "NA\\u200dTO" is not valid; remove the invisible character U+200D (zero width joiner) at character 3; write visible text only',
      'content/x.md: source.name: "Belsat\\u2066 TV" is not valid; remove the invisible character U+2066 (left-to-right isolate) at character 7; write visible text only',
    ]);
  });

  it('accepts ordinary typography: non-breaking spaces, dashes and quotation marks; and a soft hyphen in the body', () => {
    const result = parseArticle(
      'content/x.md',
      file({ headline: '"Minsk\u00a0– Moscow — “talks” ‘again’ «да»"' }, 'Inter\u00adnational talks.\n'),
    );
    expect(result.ok).toBe(true);
  });
});

describe('parseArticle explains YAML mistakes by field and line', () => {
  it('says to quote a value that contains ": ", naming its line', () => {
    expect(messages(file({ headline: 'Lukashenka: no talks' }))).toEqual([
      'content/x.md: headline: "Lukashenka: no talks" is not valid; at front matter line 3, YAML reads ": " as the start of another field, so put the whole value in quotes: headline: "Lukashenka: no talks"',
    ]);
    expect(messages(file({ standfirst: 'Minsk: talks again' }))).toEqual([
      'content/x.md: standfirst: "Minsk: talks again" is not valid; at front matter line 7, YAML reads ": " as the start of another field, so put the whole value in quotes: standfirst: "Minsk: talks again"',
    ]);
  });

  it('names a field nested too deeply to read, and the line it starts on', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(messages(file({ topics: deep }))).toEqual([
      `content/x.md: topics: "${'['.repeat(76)}… is not valid; it is nested too deeply to be read at front matter line 8 (lists or brackets inside each other); write each topic as "- name" on its own line under topics:`,
    ]);
    expect(messages(file({ topics: `\n  - Belarus\n  - ${deep}` }))).toEqual([
      'content/x.md: topics: "" is not valid; it is nested too deeply to be read at front matter line 8 (lists or brackets inside each other); write each topic as "- name" on its own line under topics:',
    ]);
  });
});

describe('parseArticle suggests the mechanical fix', () => {
  it.each([
    ['published', '25.10.2018', 'write the date as YYYY-MM-DD: 2018-10-25'],
    ['published', '5/1/2018', 'write the date as YYYY-MM-DD: 2018-01-05'],
    ['updated', '26.10.2018', 'write the date as YYYY-MM-DD: 2018-10-26'],
    ['slug', 'Minsk Court Verdict', 'use lowercase a-z, 0-9 and single hyphens: minsk-court-verdict'],
    ['slug', 'лукашэнка-сустрэўся', 'use lowercase a-z, 0-9 and single hyphens: lukashenka-sustrewsya'],
  ])('%s: %s', (field, value, fix) => {
    expect(messages(file({ [field]: value }))).toEqual([
      `content/x.md: ${field}: ${JSON.stringify(value)} is not valid; ${fix}`,
    ]);
  });

  it('spells a Cyrillic slug as the article’s language does (Belarusian г is h)', () => {
    expect(messages(file({ slug: 'гародня', language: 'be' }))).toEqual([
      'content/x.md: slug: "гародня" is not valid; use lowercase a-z, 0-9 and single hyphens: harodnya',
    ]);
  });
});
