import { describe, expect, it } from 'vitest';
import { indexedPages, isSearchFile } from './search-index.mjs';

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
