import { describe, expect, it } from 'vitest';
import { combineBundles, indexedPages, isSearchFile, languageFiles, pageLanguage } from './search-index.mjs';

describe('isSearchFile', () => {
  it.each([
    'pagefind.js',
    'pagefind-entry.json',
    'wasm.en.pagefind',
    'wasm.unknown.pagefind',
    'pagefind.be_5f1036e3e8.pf_meta',
    'index/en_70dce04.pf_index',
    'fragment/be_87f6da7.pf_fragment',
    'filter/en_1a2b3c.pf_filter',
  ])('keeps %s, which a search reads', (file) => {
    expect(isSearchFile(file)).toBe(true);
  });

  it.each([
    'pagefind-worker.js',
    'pagefind-highlight.js',
    'pagefind-ui.js',
    'pagefind-ui.css',
    'pagefind-modular-ui.js',
    'pagefind-modular-ui.css',
    'pagefind-component-ui.js',
    'pagefind-component-ui.css',
    'playground/index.html',
  ])('leaves out %s, which our search page does not use', (file) => {
    expect(isSearchFile(file)).toBe(false);
  });
});

describe('indexedPages', () => {
  it('adds up the pages of every language’s index', () => {
    const entry = {
      version: '1.6.0',
      languages: {
        be: { hash: 'be_5f1036e3e8', wasm: null, page_count: 1 },
        en: { hash: 'en_9da3a8d0e5', wasm: 'en', page_count: 4 },
      },
    };
    expect(indexedPages(JSON.stringify(entry))).toBe(5);
    expect(indexedPages('{"version":"1.6.0","languages":{}}')).toBe(0);
  });
});

describe('pageLanguage', () => {
  it('reads the language Pagefind files a page under from its <html lang>', () => {
    expect(pageLanguage('<!doctype html><html lang="be"><head>')).toBe('be');
    expect(pageLanguage("<!DOCTYPE html>\n<HTML class=x LANG='RU'>")).toBe('ru');
    expect(pageLanguage('<!doctype html><html><head>')).toBe('unknown');
  });
});

describe('combineBundles', () => {
  const text = (value: string) => new TextEncoder().encode(value);
  const entry = (languages: Record<string, unknown>, version = '1.6.0') => ({
    path: 'pagefind-entry.json',
    content: text(JSON.stringify({ version, languages, include_characters: ['_'] })),
  });
  const en = { hash: 'en_1', wasm: 'en', page_count: 4 };
  const be = { hash: 'be_1', wasm: null, page_count: 1 };

  it('lists every language in one entry, in order, and keeps each language’s files', () => {
    const files = combineBundles([
      [
        entry({ en }),
        { path: 'pagefind.js', content: text('js') },
        { path: 'index/en_a.pf_index', content: text('e') },
      ],
      [
        entry({ be }),
        { path: 'pagefind.js', content: text('js') },
        { path: 'index/be_b.pf_index', content: text('b') },
      ],
    ]);
    expect(files.map((file) => file.path)).toEqual([
      'pagefind-entry.json',
      'index/be_b.pf_index',
      'index/en_a.pf_index',
      'pagefind.js',
    ]);
    expect(new TextDecoder().decode(files[0]?.content)).toBe(
      JSON.stringify({ version: '1.6.0', languages: { be, en }, include_characters: ['_'] }),
    );
  });

  it('refuses two bundles with different bytes at one path, a language twice, and two Pagefind versions', () => {
    expect(() =>
      combineBundles([
        [entry({ en }), { path: 'pagefind.js', content: text('a') }],
        [entry({ be }), { path: 'pagefind.js', content: text('b') }],
      ]),
    ).toThrow('different files at pagefind.js');
    expect(() => combineBundles([[entry({ en })], [entry({ en })]])).toThrow('the language "en"');
    expect(() => combineBundles([[entry({ en })], [entry({ be }, '1.5.2')]])).toThrow('different Pagefind versions');
  });
});

describe('languageFiles', () => {
  const bundle = [
    'pagefind-entry.json',
    'pagefind.js',
    'wasm.en.pagefind',
    'wasm.ru.pagefind',
    'wasm.unknown.pagefind',
    'pagefind.en_5d6edf8a8b.pf_meta',
    'pagefind.be_117a91663a.pf_meta',
    'index/en_70dce04.pf_index',
    'index/be_1a2b3c4.pf_index',
    'fragment/en_87f6da7.pf_fragment',
    'fragment/ru_87f6da7.pf_fragment',
    'filter/en_1a2b3c.pf_filter',
  ];

  it('takes the files named by the language, its WebAssembly and what every Pagefind run writes', () => {
    expect(languageFiles(bundle, 'en', 'en')).toEqual([
      'pagefind.js',
      'wasm.en.pagefind',
      'wasm.unknown.pagefind',
      'pagefind.en_5d6edf8a8b.pf_meta',
      'index/en_70dce04.pf_index',
      'fragment/en_87f6da7.pf_fragment',
      'filter/en_1a2b3c.pf_filter',
    ]);
  });

  it('gives a language without a stemmer no WebAssembly of its own, and no other language’s files', () => {
    expect(languageFiles(bundle, 'be', null)).toEqual([
      'pagefind.js',
      'wasm.unknown.pagefind',
      'pagefind.be_117a91663a.pf_meta',
      'index/be_1a2b3c4.pf_index',
    ]);
    expect(languageFiles(['index/en-gb_1.pf_index'], 'en', 'en')).toEqual([]);
  });
});
