import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupByAuthor } from '../lists/archive';
import { groupByMonth } from '../lists/date-archive';
import { messagesFor } from '../i18n/messages';
import { ContentError, formatProblem } from './content-error';
import type { Article } from './article';
import { loadArticles } from './load-articles';
import { writeTestRegistry } from '@/tests/helpers/registry';

function article(fields: { id: string; slug: string; aliases?: string[] }): string {
  const aliases = fields.aliases ? `aliases:\n${fields.aliases.map((a) => `  - ${a}`).join('\n')}\n` : '';
  return `---\nid: ${fields.id}\nheadline: H\nslug: ${fields.slug}\n${aliases}published: 2018-10-24\nauthor: A B\nstandfirst: S.\ntopics:\n  - Belarus\nlanguage: en\nsource:\n  name: Belsat TV\n  url: https://belsat.eu/x/\n---\n\nBody.\n`;
}

function problemsIn(
  files: Record<string, string>,
  prepare: (dir: string, root: string) => void = () => undefined,
): string[] {
  const root = mkdtempSync(path.join(tmpdir(), 'articles-'));
  const dir = path.join(root, 'content');
  mkdirSync(dir);
  writeTestRegistry(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  prepare(dir, root);
  try {
    loadArticles(dir, root);
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map(formatProblem);
  }
}

describe('loadArticles refuses two articles claiming one address', () => {
  it('names both files when two articles share a slug', () => {
    expect(
      problemsIn({ 'a.md': article({ id: 'a1', slug: 'same' }), 'b.md': article({ id: 'b1', slug: 'same' }) }),
    ).toEqual([
      'content/b.md: slug: "same" is not valid; content/a.md already uses "same" for its address; give one of the two articles another slug or alias',
    ]);
  });

  it('names both files when an alias is another article’s slug', () => {
    expect(
      problemsIn({
        'a.md': article({ id: 'a1', slug: 'first' }),
        'b.md': article({ id: 'b1', slug: 'second', aliases: ['first'] }),
      }),
    ).toEqual([
      'content/b.md: aliases: "first" is not valid; content/a.md already uses "first" for its address; give one of the two articles another slug or alias',
    ]);
  });

  it('names both files when two articles share an id', () => {
    expect(
      problemsIn({ 'a.md': article({ id: 'same', slug: 'a' }), 'b.md': article({ id: 'same', slug: 'b' }) }),
    ).toEqual([
      'content/b.md: id: "same" is not valid; content/a.md already uses "same" for its address; give one of the two articles another id',
    ]);
  });

  it('accepts distinct articles with their aliases', () => {
    expect(
      problemsIn({
        'a.md': article({ id: 'a1', slug: 'a', aliases: ['old-a'] }),
        'b.md': article({ id: 'b1', slug: 'b' }),
      }),
    ).toEqual([]);
  });
});

describe('loadArticles reads articles only', () => {
  const valid = article({ id: 'a1', slug: 'a' });

  it('ignores dotfiles such as .DS_Store and an editor’s swap file', () => {
    expect(problemsIn({ 'a.md': valid, '.DS_Store': '\u0000\u0001', '.a.md.swp': 'x' })).toEqual([]);
  });

  it('names a picture or other file left in content/ instead of skipping it silently', () => {
    expect(problemsIn({ 'a.md': valid, 'photo.jpg': 'JFIF' })).toEqual([
      'content/photo.jpg: content/ holds only articles (.md files), authors.yml, topics.yml, site.yml, the images/ folder and the pages/ folder; move it out, e.g. a photo into content/images/',
    ]);
  });

  it('asks for the .md ending when an article is saved as .markdown, .MD or .txt', () => {
    expect(problemsIn({ 'b.markdown': valid, 'c.MD': valid, 'd.txt': valid })).toEqual(
      ['b.markdown', 'c.MD', 'd.txt'].map(
        (name) => `content/${name}: an article file ends in .md (lowercase); rename it, e.g. nato-threat.md`,
      ),
    );
  });

  it('names a folder, whose articles would never be published', () => {
    expect(problemsIn({ 'a.md': valid }, (dir) => mkdirSync(path.join(dir, '2018')))).toEqual([
      'content/2018: content/ has two folders, images/ for photos and pages/ for the newsroom’s own pages; move the articles in this one up into content/ and the rest out of content/',
    ]);
  });

  it('refuses a policy in site.yml whose page is not in pages/, even when the page there has a problem of its own', () => {
    expect(
      problemsIn({ 'a.md': valid, 'site.yml': 'policies:\n  masthead: about\n  ethicsPolicy: ethics\n' }, (dir) => {
        mkdirSync(path.join(dir, 'pages'));
        writeFileSync(path.join(dir, 'pages', 'about.en.md'), '---\nlabel: About\n---\n\nWho we are.\n');
      }),
    ).toEqual([
      'content/site.yml: policies.ethicsPolicy (line 3): "ethics" is not valid; content/pages/ has no page ethics; write content/pages/ethics.<language>.md, or name one of about',
      'content/pages/about.en.md: title: is missing; write the page’s title as one line, e.g. title: Editorial standards',
    ]);
  });

  it('reads the newsroom’s pages in pages/ with the articles, and names a page missing in an edition', () => {
    const page = '---\ntitle: About us\n---\n\nWho we are.\n';
    const be = article({ id: 'b1', slug: 'b' }).replace('language: en', 'language: be');
    expect(
      problemsIn({ 'a.md': valid, 'b.md': be }, (dir) => {
        mkdirSync(path.join(dir, 'pages'));
        writeFileSync(path.join(dir, 'pages', 'about.en.md'), page);
        writeFileSync(path.join(dir, 'pages', 'privacy.en.md'), '---\ndescription: x\n---\n\nNothing.\n');
      }),
    ).toEqual([
      'content/pages/privacy.en.md: title: is missing; write the page’s title as one line, e.g. title: Editorial standards',
      'content/pages/about.be.md: is missing; the site has a be edition, and every page of it links to this page: write it, translating content/pages/about.en.md',
    ]);
  });

  it('refuses a symlink to a file outside content/, never reading it', () => {
    const problems = problemsIn({ 'a.md': valid }, (dir, root) => {
      writeFileSync(path.join(root, 'secret.md'), article({ id: 's1', slug: 'secret' }));
      symlinkSync(path.join(root, 'secret.md'), path.join(dir, 'secret.md'));
    });
    expect(problems).toEqual([
      'content/secret.md: this file links to a place outside content/; copy the article into content/ instead',
    ]);
  });
});

describe('loadArticles orders articles newest first', () => {
  it('by the moment of publication, as the author and topic pages do, not by how the date is written', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'articles-'));
    const dir = path.join(root, 'content');
    mkdirSync(dir);
    writeTestRegistry(dir);
    // 00:30 in Minsk is 21:30 UTC the day before: the article at 00:00 UTC is the newer one.
    const at = (slug: string, published: string) =>
      article({ id: slug, slug }).replace('published: 2018-10-24', `published: ${published}`);
    writeFileSync(path.join(dir, 'minsk.md'), at('minsk', '2018-10-24T00:30+03:00'));
    writeFileSync(path.join(dir, 'utc.md'), at('utc', '2018-10-24T00:00Z'));
    const articles = loadArticles(dir, root);
    expect(articles.map((a) => a.slug)).toEqual(['utc', 'minsk']);
    expect(groupByAuthor(articles)[0]?.articles.map((a) => a.slug)).toEqual(['utc', 'minsk']);
  });
});

describe('loadArticles dates articles in the newsroom’s time zone (site.yml timeZone)', () => {
  const load = (site: string | undefined) => {
    const root = mkdtempSync(path.join(tmpdir(), 'articles-'));
    const dir = path.join(root, 'content');
    mkdirSync(dir);
    writeTestRegistry(dir);
    if (site !== undefined) writeFileSync(path.join(dir, 'site.yml'), site);
    const at = (slug: string, published: string) =>
      article({ id: slug, slug }).replace('published: 2018-10-24', `published: ${published}`);
    // 23:30 UTC on 30 November is 02:30 on 1 December in Minsk; 01:00 in Minsk is 22:00 UTC the day before.
    writeFileSync(path.join(dir, 'late-utc.md'), at('late-utc', '2026-11-30T23:30Z'));
    writeFileSync(path.join(dir, 'early-minsk.md'), at('early-minsk', '2026-12-01T01:00+03:00'));
    writeFileSync(path.join(dir, 'bare.md'), at('bare', '2026-12-01'));
    return loadArticles(dir, root);
  };
  const shown = (articles: readonly Article[]) =>
    articles.map((a) => [a.slug, messagesFor('en').date(a.published), a.publishedAt]);

  it('orders by the moment and shows each the day and month it is in Minsk', () => {
    const articles = load('timeZone: Europe/Minsk\n');
    expect(shown(articles)).toEqual([
      ['late-utc', '1 December 2026', '2026-11-30T23:30:00.000Z'],
      ['early-minsk', '1 December 2026', '2026-11-30T22:00:00.000Z'],
      ['bare', '1 December 2026', '2026-11-30T21:00:00.000Z'],
    ]);
    expect(articles.map((a) => a.published)).toEqual(['2026-12-01T02:30+03:00', '2026-12-01T01:00+03:00', '2026-12-01']);
    expect(groupByMonth(articles).map(({ year, month, articles: list }) => [year, month, list.map((a) => a.slug)])).toEqual([
      [2026, 12, ['late-utc', 'early-minsk', 'bare']],
    ]);
  });

  it('keeps UTC when site.yml names no time zone', () => {
    const articles = load(undefined);
    expect(shown(articles)).toEqual([
      ['bare', '1 December 2026', '2026-12-01T00:00:00.000Z'],
      ['late-utc', '30 November 2026', '2026-11-30T23:30:00.000Z'],
      ['early-minsk', '30 November 2026', '2026-11-30T22:00:00.000Z'],
    ]);
    expect(groupByMonth(articles).map(({ month, articles: list }) => [month, list.map((a) => a.slug)])).toEqual([
      [12, ['bare']],
      [11, ['late-utc', 'early-minsk']],
    ]);
  });
});

describe('loadArticles links the language versions of one story', () => {
  const version = (id: string, language: string, key = 'shoigu-in-minsk') =>
    article({ id, slug: id }).replace('language: en', `language: ${language}\ntranslationKey: ${key}`);

  it('takes one version per language, and a key only one article uses', () => {
    expect(
      problemsIn({ 'en.md': version('en1', 'en'), 'be.md': version('be1', 'be'), 'solo.md': version('so1', 'ru', 'solo') }),
    ).toEqual([]);
  });

  it('refuses two versions of one story in the same language, naming both files', () => {
    expect(problemsIn({ 'a.md': version('a1', 'be'), 'b.md': version('b1', 'be') })).toEqual([
      'content/b.md: translationKey: "shoigu-in-minsk" is not valid; content/a.md is already the be version of this story; give one of them its own language, or another translationKey if it is another story',
    ]);
  });

  it('names an unregistered author with the closest registered one, and a language that is a country', () => {
    const text = article({ id: 'x1', slug: 'x' }).replace('author: A B', 'author: Zmitser Mickevich').replace('language: en', 'language: by');
    expect(problemsIn({ 'x.md': text })).toEqual([
      'content/x.md: language: "by" is not valid; "by" is the country code of Belarus, not a language; write a language code, one of: be (Belarusian), en (English), ru (Russian)',
    ]);
    expect(problemsIn({ 'x.md': text.replace('language: by', 'language: en') })).toEqual([
      'content/x.md: author: "Zmitser Mickevich" is not valid; did you mean "Zmitser Mitskevich" (zmitser-mitskevich)? no author in content/authors.yml is called that; write a registered name or id, or add the person to content/authors.yml',
    ]);
  });

  it('credits several authors, each by any registered form of their name, in the article’s language', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'articles-'));
    const dir = path.join(root, 'content');
    mkdirSync(dir);
    writeTestRegistry(dir);
    const text = article({ id: 'x1', slug: 'x' })
      .replace('author: A B', 'author:\n  - Zmitser Mitskevich\n  - hanna-liubakova')
      .replace('language: en', 'language: ru');
    writeFileSync(path.join(dir, 'x.md'), text);
    expect(loadArticles(dir, root)[0]?.authors).toEqual([
      { id: 'zmitser-mitskevich', name: 'Дмитрий Мицкевич' },
      { id: 'hanna-liubakova', name: 'Анна Любакова' },
    ]);
  });
});

describe('loadArticles loading the same archive twice in one build', () => {
  function archive() {
    const root = mkdtempSync(path.join(tmpdir(), 'articles-'));
    const dir = path.join(root, 'content');
    mkdirSync(dir);
    writeTestRegistry(dir);
    writeFileSync(path.join(dir, 'a.md'), article({ id: 'a1', slug: 'first' }));
    writeFileSync(path.join(dir, 'b.md'), article({ id: 'b1', slug: 'second' }));
    return { root, dir };
  }
  const bySlug = (articles: readonly Article[], slug: string) => articles.find((a) => a.slug === slug);

  it('parses an unchanged article without photos once, and a changed one again', () => {
    const { root, dir } = archive();
    const first = loadArticles(dir, root);
    writeFileSync(path.join(dir, 'b.md'), article({ id: 'b1', slug: 'second' }).replace('headline: H', 'headline: H2'));
    const second = loadArticles(dir, root);
    expect(bySlug(second, 'first')).toBe(bySlug(first, 'first'));
    expect(bySlug(second, 'second')?.headline).toBe('H2');
  });

  it('parses every article again when the registries changed', () => {
    const { root, dir } = archive();
    const first = loadArticles(dir, root);
    writeFileSync(path.join(dir, 'authors.yml'), `${readFileSync(path.join(dir, 'authors.yml'), 'utf8')}\n`);
    const second = loadArticles(dir, root);
    expect(bySlug(second, 'first')).not.toBe(bySlug(first, 'first'));
    expect(bySlug(second, 'first')).toEqual(bySlug(first, 'first'));
  });
});
