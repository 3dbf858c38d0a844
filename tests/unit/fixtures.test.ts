// The fixture corpus: bad and hostile content files, each with what must become of it. Every file in
// tests/fixtures/content/ must have a row here, so a new fixture cannot sit there untested.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/article';
import { formatProblem } from '@/lib/content/content-error';
import { splitFrontMatter } from '@/lib/content/front-matter';
import { loadArticles } from '@/lib/content/load-articles';
import { renderMarkdown } from '@/lib/markdown/markdown';
import { parseArticle } from '@/lib/content/parse-article';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/content');

/** Each refused file: the fields its problems name, and words of the fix the editor reads. */
const REFUSED: Record<string, Record<string, [field: string, fix: string][]>> = {
  invalid: {
    'bad-yaml-indentation.md': [['front matter', 'cannot be read at front matter line 12']],
    'correction-without-text.md': [['corrections.0.text', 'say what was wrong and what is right now']],
    'bidi-override-headline.md': [
      ['headline', 'remove the invisible character U+202E (right-to-left override) at character 12'],
    ],
    'cyrillic-slug.md': [['slug', 'use lowercase a-z, 0-9 and single hyphens: lukashenka-sustrewsya']],
    'dotted-date.md': [['published', 'write the date as YYYY-MM-DD: 2018-10-25']],
    'headline-too-long.md': [['headline', 'a headline may be at most 200 characters, and this one has 9,999']],
    'slug-with-spaces.md': [['slug', 'use lowercase a-z, 0-9 and single hyphens: minsk-court-verdict']],
    'topics-nested-too-deep.md': [['topics', 'it is nested too deeply to be read at front matter line 8']],
    'unquoted-colon-headline.md': [
      [
        'headline',
        'at front matter line 3, YAML reads ": " as the start of another field, so put the whole value in quotes: headline: "Lukashenka: no talks"',
      ],
    ],
    'date-in-words.md': [['published', 'written YYYY-MM-DD']],
    'draft-not-true-or-false.md': [['draft', 'write draft: true']],
    'duplicate-key.md': [['front matter', 'a field is written twice at front matter line 14']],
    'empty-body.md': [['body', 'write the article text below the closing "---"']],
    'empty-headline.md': [['headline', 'write the headline']],
    'impossible-date.md': [['published', 'use a date that exists']],
    'language-in-words.md': [['language', 'write the language as its code: en']],
    'missing-headline.md': [['headline', 'write the headline']],
    'no-front-matter.md': [['front matter', 'the first line must be exactly "---"']],
    'source-not-a-web-address.md': [['source.url', 'starting with https://']],
    'topics-not-a-list.md': [['topics', 'one per line']],
    'typo-in-key.md': [
      ['author', 'write the author’s name'],
      ['autor', 'did you mean "author"?'],
    ],
    'unclosed-front-matter.md': [['front matter', 'close the front matter']],
    'task-list.md': [
      ['body', 'task lists ("- [ ]") are not published; write a plain list'],
      ['body', 'task lists ("- [ ]") are not published; write a plain list'],
    ],
    'unknown-directive.md': [['body', 'write ":::pullquote[Who said it]", ":::factbox[Title]" or ":::note"']],
    'uppercase-slug.md': [['slug', 'use lowercase a-z']],
    'utf-16.md': [['file', 'save it as UTF-8']],
    'windows-1251.md': [['file', 'save it as UTF-8']],
  },
  hostile: {
    'data-url-link.md': [['body', 'javascript:, vbscript: and data: addresses run code']],
    'data-url-reference-definition.md': [['body', 'javascript:, vbscript: and data: addresses run code']],
    'deep-list-nesting.md': Array.from(
      { length: 5 },
      () => ['body', 'nest quotes and lists at most 20 levels deep'] as [string, string],
    ),
    'deep-quote-nesting.md': [['body', 'nest quotes and lists at most 20 levels deep']],
    'event-handler-attribute.md': [['body', 'the site publishes no raw HTML']],
    'html-comment.md': [['body', 'comments are removed from the page']],
    'javascript-autolink.md': [['body', 'javascript:, vbscript: and data: addresses run code']],
    'javascript-front-matter.md': [['front matter', '---js and other engines are not allowed']],
    'javascript-link-entity-tab.md': [['body', 'javascript:, vbscript: and data: addresses run code']],
    'javascript-link-mixed-case.md': [['body', 'javascript:, vbscript: and data: addresses run code']],
    'javascript-link.md': [['body', 'javascript:, vbscript: and data: addresses run code']],
    'json-front-matter.md': [['front matter', '---js and other engines are not allowed']],
    'protocol-relative-image.md': [['body', 'never loaded from another address']],
    'prototype-key.md': [['__proto__', 'this field is unknown']],
    'raw-iframe-and-style.md': [
      ['body', 'backticks: `<iframe>`'],
      ['body', 'backticks: `<style>`'],
    ],
    'raw-script.md': [['body', 'backticks: `<script>`']],
    'svg-data-image.md': [['body', 'the site publishes no raw HTML']],
    'svg-onload.md': [
      ['body', 'backticks: `<svg>`'],
      ['body', 'backticks: `<circle>`'],
      ['body', 'backticks: `<svg>`'],
    ],
    'tracking-pixel-image.md': [['body', 'never loaded from another address']],
    'vbscript-link.md': [['body', 'javascript:, vbscript: and data: addresses run code']],
    'yaml-alias-bomb.md': [['front matter', 'YAML aliases (*name) are not allowed']],
    'yaml-custom-tag.md': [['front matter', 'YAML tags such as !!js/function are not allowed']],
  },
};

/** Fails when HTML holds an element, attribute or address that could run script or load anything. */
function expectInert(html: string) {
  const elements: Element[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => void elements.push(element));
  for (const { tagName, properties } of elements) {
    expect([
      'script',
      'iframe',
      'style',
      'svg',
      'img',
      'object',
      'embed',
      'link',
      'meta',
      'base',
      'form',
    ]).not.toContain(tagName);
    expect(Object.keys(properties).filter((name) => /^on/i.test(name))).toEqual([]);
    for (const url of [properties.href, properties.src])
      expect(String(url ?? '')).not.toMatch(/^\s*(javascript|vbscript|data):/i);
  }
}

function problemsOf(name: string, bytes: Uint8Array) {
  const result = parseArticle(`content/${name}`, bytes);
  return result.ok ? [] : result.problems;
}

describe.each(Object.keys(REFUSED))('the %s fixtures', (folder) => {
  const expected = REFUSED[folder]!;

  it('each have an expected outcome in this table', () => {
    expect(readdirSync(path.join(FIXTURES, folder)).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))(
    '%s is refused with a message that names the file, the field and the fix',
    (name, problems) => {
      const found = problemsOf(name, readFileSync(path.join(FIXTURES, folder, name)));
      expect(found.map(({ field }) => field.replace(/ \(line \d+\)$/, ''))).toEqual(problems.map(([field]) => field));
      found.forEach((problem, index) => {
        const line = formatProblem(problem);
        expect(line.startsWith(`content/${name}: ${problem.field}`)).toBe(true);
        expect(line).toContain(problems[index]![1]);
      });
    },
  );
});

it('names the line of the file a refused Markdown construct is on, counting the front matter', () => {
  const [problem] = problemsOf(
    'unknown-directive.md',
    readFileSync(path.join(FIXTURES, 'invalid/unknown-directive.md')),
  );
  expect(formatProblem(problem!)).toMatch(/^content\/unknown-directive\.md: body \(line 18\): directive ":::sidebar"/);
});

// Bodies the validator refuses never reach a page (a refused file publishes nothing). Script is also
// stopped by the sanitizer underneath; images from other sites are stopped by the validator alone,
// since the sanitizer cannot tell our images from theirs.
const SCRIPT_BODIES = Object.keys(REFUSED.hostile!).filter(
  (name) => /link|data-url|html|script|iframe|handler|svg|comment|nesting/.test(name) && !/front-matter/.test(name),
);

describe('the sanitizer behind the validator', () => {
  it('covers the script fixtures', () => {
    expect(SCRIPT_BODIES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(SCRIPT_BODIES)('would publish nothing active from %s even if the check were bypassed', (name) => {
    const split = splitFrontMatter(readFileSync(path.join(FIXTURES, 'hostile', name), 'utf8'));
    if (!split.ok) throw new Error(`${name}: front matter should be readable`);
    expectInert(renderMarkdown(split.body).html);
  });
});

describe('front matter never runs code', () => {
  it('leaves no trace of the code in the ---js, custom tag and __proto__ fixtures', () => {
    for (const name of ['javascript-front-matter.md', 'yaml-custom-tag.md', 'prototype-key.md']) {
      problemsOf(name, readFileSync(path.join(FIXTURES, 'hostile', name)));
    }
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('pathological bodies, generated', () => {
  const head = readFileSync(path.join(FIXTURES, 'invalid', 'empty-body.md'), 'utf8').replace(/\n\s*$/, '\n');
  const withBody = (body: string) => new TextEncoder().encode(`${head}${body}\n`);

  it('refuses a 5 MB body by its size, before parsing it', () => {
    const [problem] = problemsOf('huge.md', withBody('word '.repeat(1_000_000)));
    expect(formatProblem(problem!)).toBe(
      'content/huge.md: file: 5.0 MB is not valid; an article may be at most 1 MB (about 150,000 words); split it into several articles',
    );
  });

  it('refuses half a million brackets in one paragraph, naming its line', () => {
    const [problem] = problemsOf('brackets.md', withBody('['.repeat(500_000)));
    expect(formatProblem(problem!)).toContain('body (line 15): a paragraph with over 1,000 markup characters');
  });

  it('publishes a single 200 KB line of text whole', () => {
    const line = 'Minsk and Moscow talk again. '.repeat(7_000);
    const result = parseArticle('content/long-line.md', withBody(line));
    expect(result.ok && result.article.plainText).toContain(line.trim());
  });
});

describe('the fixture site: hostile but valid content', () => {
  const articles = loadArticles(path.resolve(FIXTURES, '../site'));
  const hostile = articles.find(({ slug }) => slug === 'hostile-front-matter') as Article;

  it('loads every article, BOM and CRLF included', () => {
    expect(articles.map(({ slug }) => slug).sort()).toEqual([
      'draft-article',
      'election-night-live',
      'election-week-live',
      'embargoed-article',
      'hostile-front-matter',
      'lukashenka-sustreusia-z-shojhu',
      'markdown-constructs',
      'minsk-summit-live',
      'moved-article',
      'nato-drills-near-poland',
      'russia-once-again-speaks-about-nato-threat-for-russia-and-belarus',
      'shoigu-v-minske',
      'winter-in-minsk',
    ]);
    expect(articles.find(({ slug }) => slug === 'moved-article')?.standfirst).toBe(
      'Saved on Windows with a byte-order mark and CRLF line endings, which just work.',
    );
  });

  it('keeps front matter as text, exactly as written', () => {
    expect(hostile.headline).toBe('</script><script>alert("headline")</script> "Quotes" & <b>tags</b>');
    expect(hostile.authors.map(({ name }) => name)).toEqual(['"><svg onload=alert("author")>']);
  });

  it('renders a body in which no tag, handler or script address survives', () => {
    for (const { bodyHtml } of articles) expectInert(bodyHtml);
    expect(hostile.bodyHtml).toContain('&#x3C;script>alert("code")&#x3C;/script>');
  });
});
