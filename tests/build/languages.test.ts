import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { outFiles, readOut } from '../helpers/out';

// The fixture site tells one story in three languages (tests/fixtures/site: the seed in English,
// cyrillic-headline.md in Belarusian, shoigu-v-minske.md in Russian, one translationKey).
const STORY = {
  en: '/news/russia-once-again-speaks-about-nato-threat-for-russia-and-belarus/',
  be: '/news/lukashenka-sustreusia-z-shojhu/',
  ru: '/news/shoigu-v-minske/',
};

type Page = { path: string; lang: string; canonical?: string; hreflang: Map<string, string>; noindex: boolean };

function readPage(file: string): Page {
  const tree = fromHtml(readOut(file));
  const page: Page = { path: `/${file.replace(/index\.html$/, '')}`, lang: '', hreflang: new Map(), noindex: false };
  visit(tree, 'element', (node) => {
    const { properties: p } = node;
    if (node.tagName === 'html') page.lang = String(p.lang ?? '');
    if (node.tagName === 'link' && String(p.rel) === 'canonical') page.canonical = new URL(String(p.href)).pathname;
    if (node.tagName === 'link' && String(p.rel) === 'alternate' && p.hrefLang)
      page.hreflang.set(String(p.hrefLang), new URL(String(p.href)).pathname);
    if (node.tagName === 'meta' && p.name === 'robots' && String(p.content).includes('noindex')) page.noindex = true;
  });
  return page;
}

const pages = outFiles()
  .filter((file) => file.endsWith('.html'))
  .map(readPage);
const byPath = new Map(pages.map((page) => [page.path, page]));

describe('the language editions of the fixture site', () => {
  it('give every page one of the site’s languages as <html lang>', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) expect(['en', 'be', 'ru'], page.path).toContain(page.lang);
    expect([STORY.en, STORY.be, STORY.ru].map((path) => byPath.get(path)?.lang)).toEqual(['en', 'be', 'ru']);
    expect(['/', '/be/', '/ru/', '/be/authors/zmitser-mitskevich/'].map((path) => byPath.get(path)?.lang)).toEqual([
      'en',
      'be',
      'ru',
      'be',
    ]);
  });

  it('link each version of the story to every version, itself included, and x-default to the English', () => {
    for (const [language, path] of Object.entries(STORY)) {
      const page = byPath.get(path)!;
      expect(page.lang).toBe(language);
      expect(Object.fromEntries(page.hreflang)).toEqual({ ...STORY, 'x-default': STORY.en });
    }
  });

  it('are reciprocal on every page of the site: each alternate is a page in that language that links back', () => {
    const linked = pages.filter((page) => page.hreflang.size > 0);
    expect(linked.length).toBeGreaterThanOrEqual(9); // the story, the three front pages, the shared author and topics
    for (const page of linked) {
      expect(page.noindex, page.path).toBe(false);
      expect(page.hreflang.get(page.lang), `${page.path} names itself`).toBe(page.canonical);
      for (const [language, target] of page.hreflang) {
        if (language === 'x-default') continue;
        const other = byPath.get(target);
        expect(other, `${page.path} → ${target}`).toBeDefined();
        expect(other!.lang, `${target} is in ${language}`).toBe(language);
        expect(Object.fromEntries(other!.hreflang), `${target} links back to ${page.path}`).toEqual(
          Object.fromEntries(page.hreflang),
        );
      }
    }
  });

  it('list only one language on each edition’s front page and in its feeds', () => {
    const titles = (file: string) => [...readOut(file).matchAll(/<item>\s*<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles('be/feed.xml')).toEqual(['Лукашэнка сустрэўся з Шойгу ў Мінску', 'Саміт у Мінску ў прамым эфіры']);
    expect(titles('ru/feed.xml')).toEqual(['Россия снова говорит об угрозе НАТО для России и Беларуси']);
    expect(titles('feed.xml')).not.toContain('Лукашэнка сустрэўся з Шойгу ў Мінску');
    expect(readOut('be/feed.xml')).toContain('<language>be</language>');
    expect(readOut('ru/index.html')).toContain('href="/news/shoigu-v-minske/"');
    expect(readOut('ru/index.html')).not.toContain('href="/news/lukashenka-sustreusia-z-shojhu/"');
  });

  it('send the reader on in their language: a list’s page/1/, an old address, /en/ to the root', () => {
    expect(readOut('ru/page/1/index.html')).toMatch(/<h1 class="page-title"[^>]*>Переходим к последним статьям<\/h1>/);
    expect(readOut('be/topics/belarus/page/1/index.html')).toContain('Пераходзім на старонку тэмы');
    expect(readOut('en/index.html')).toMatch(/<meta http-equiv="refresh" content="0; url=\/">/);
    expect(readPage('en/index.html').noindex).toBe(true);
  });

  it('keep the default edition’s numbered list pages at the root only, not again under /en/', () => {
    const files = new Set(outFiles());
    for (const page of ['page/2/index.html', 'topics/belarus/page/2/index.html', 'be/page/1/index.html'])
      expect(files.has(page), page).toBe(true);
    expect(files.has('en/topics/belarus/index.html')).toBe(true);
    expect([...files].filter((file) => /^en\/(.+\/)?page\//.test(file))).toEqual([]);
  });
});

describe('sitemap.xml alternates', () => {
  type Entry = { loc: string; 'xhtml:link'?: { '@_rel': string; '@_hreflang': string; '@_href': string }[] };
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' });
  const urls = (parser.parse(readOut('sitemap.xml')) as { urlset: { url: Entry[] } }).urlset.url;

  it('give each version of the story every version as xhtml:link, as the pages do', () => {
    for (const path of Object.values(STORY)) {
      const entry = urls.find((url) => new URL(url.loc).pathname === path);
      const links = Object.fromEntries(
        (entry?.['xhtml:link'] ?? []).map((link) => [link['@_hreflang'], new URL(link['@_href']).pathname]),
      );
      expect(links).toEqual({ ...STORY, 'x-default': STORY.en });
      expect(entry?.['xhtml:link']?.every((link) => link['@_rel'] === 'alternate')).toBe(true);
    }
  });
});
