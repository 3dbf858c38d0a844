import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { hostHeadersFor, parseHeadersFile } from '../../scripts/build-steps/host-headers.mjs';
import { isSearchFile, SEARCHED_PAGES } from '../../scripts/build-steps/search-index.mjs';
import { outFiles, readOut, SITE_OUT } from '../helpers/out';

const rules = parseHeadersFile(readOut('_headers'));
const policiesOf = (pathname: string) => hostHeadersFor(rules, pathname)['Content-Security-Policy'] ?? [];
const SEARCH_PAGE = 'search/index.html';
// Each edition's search page searches its own language's index (the fixture site has be and ru editions).
const SEARCH_PAGES = [SEARCH_PAGE, 'be/search/index.html', 'ru/search/index.html'];
const pages = outFiles().filter((file) => file.endsWith('.html'));

describe('search in the exported site', () => {
  it('has a search page for each edition', () => {
    for (const page of SEARCH_PAGES) expect(pages).toContain(page);
    for (const page of SEARCH_PAGES) expect(readOut(page)).toContain('<script>');
    expect(readOut('en/search/index.html')).toMatch(/<meta http-equiv="refresh" content="0; url=\/search\/">/);
  });

  it.each(pages.filter((file) => !SEARCH_PAGES.includes(file)))(
    '%s does not load Pagefind, and its policy allows no script from a file or WebAssembly',
    (file) => {
      expect(readOut(file)).not.toMatch(/pagefind\.js|\/pagefind\//);
      const pathname = `/${file.replace(/index\.html$/, '')}`;
      for (const policy of policiesOf(pathname)) {
        expect(policy).not.toMatch(/script-src[^;]*('self'|wasm-unsafe-eval|unsafe-eval)/);
      }
    },
  );

  it('gives /search/ one policy: its own inline script by hash, Pagefind’s script from the site and its WebAssembly', () => {
    const policies = policiesOf('/search/');
    expect(policies).toHaveLength(1);
    const directives = Object.fromEntries(
      (policies[0] ?? '').split('; ').map((directive) => [directive.split(' ')[0], directive]),
    );
    const scripts = [...readOut(SEARCH_PAGE).matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256')
      .update(scripts[0] ?? '')
      .digest('base64');
    expect(directives['script-src']).toBe(`script-src 'sha256-${hash}' 'self' 'wasm-unsafe-eval'`);
    expect(directives['default-src']).toBe("default-src 'none'");
    expect(directives['connect-src']).toBe("connect-src 'self'");
    expect(directives['worker-src']).toBeUndefined();
    expect(policies[0]).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it('tells search engines not to index the search page', () => {
    expect(readOut(SEARCH_PAGE)).toContain('<meta name="robots" content="noindex">');
  });

  it('ships only the Pagefind files a search reads, its WebAssembly as application/wasm', () => {
    const files = outFiles().filter((file) => file.startsWith('pagefind/'));
    expect(files.filter((file) => file.endsWith('.js'))).toEqual(['pagefind/pagefind.js']);
    expect(files.filter((file) => /ui|worker|highlight|playground|\.css$/.test(file))).toEqual([]);
    const wasm = files.filter((file) => file.endsWith('.pagefind'));
    expect(wasm.length).toBeGreaterThan(0);
    for (const file of wasm) expect(hostHeadersFor(rules, `/${file}`)['Content-Type']).toEqual(['application/wasm']);
  });

  it('indexes every published article and no other page', () => {
    const entry: { languages: Record<string, { page_count: number }> } = JSON.parse(
      readOut('pagefind/pagefind-entry.json'),
    );
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    // Articles, and each live story's first page (its later pages are pages of the same story).
    const articles = pages.filter((file) => /<article class="article( live)?"/.test(readOut(file)));
    expect(articles.length).toBeGreaterThan(1);
    expect(indexed).toBe(articles.length);
    for (const file of pages.filter((page) => !articles.includes(page))) {
      expect(readOut(file)).not.toContain('data-pagefind-body');
    }
  });

  it('is, built one language at a time, the index one Pagefind process over every article makes, file for file', async () => {
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind did not start');
    await index.addDirectory({ path: SITE_OUT, glob: SEARCHED_PAGES });
    const { files } = await index.getFiles();
    await pagefind.close();
    const whole = files
      .filter((file) => isSearchFile(file.path))
      .map((file) => file.path)
      .sort();
    const shipped = outFiles()
      .filter((file) => file.startsWith('pagefind/'))
      .map((file) => file.slice('pagefind/'.length));
    expect(Object.keys(JSON.parse(readOut('pagefind/pagefind-entry.json')).languages)).toEqual(['be', 'en', 'ru']);
    expect(shipped.sort()).toEqual(whole);
    for (const file of files.filter((f) => whole.includes(f.path)))
      expect(Buffer.compare(readFileSync(path.join(SITE_OUT, 'pagefind', file.path)), file.content), file.path).toBe(0);
  });
});
