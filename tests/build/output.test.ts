import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PATH } from '../helpers/site';
import { gzipBytes, outFiles, readOut } from '../helpers/out';

const htmlFiles = outFiles().filter((file) => file.endsWith('.html'));
const articleFile = `${ARTICLE_PATH.slice(1)}index.html`;

describe('the exported site', () => {
  it('has the home, article and 404 pages as trailing-slash index files', () => {
    expect(htmlFiles).toEqual(expect.arrayContaining(['index.html', articleFile, '404.html']));
  });

  it('tells search engines not to index the 404 page, once', () => {
    expect(readOut('404.html').match(/<meta name="robots"[^>]*>/g)).toEqual(['<meta name="robots" content="noindex">']);
  });

  it.each(htmlFiles)('%s has at most one robots meta tag', (file) => {
    expect((readOut(file).match(/<meta name="robots"/g) ?? []).length).toBeLessThanOrEqual(1);
  });

  it('ships no framework JavaScript: no script file but Pagefind’s, which only /search/ loads (the enhancement script is inline)', () => {
    expect(outFiles().filter((file) => /\.(m?js)$/.test(file))).toEqual(['pagefind/pagefind.js']);
    expect(
      outFiles().filter((file) => file.startsWith('_next/') || /(^|\/)(index|__next\..*)\.txt$/.test(file)),
    ).toEqual([]);
  });

  describe.each(htmlFiles)('%s', (file) => {
    const html = readOut(file);

    it('has no framework script, RSC payload or script preload', () => {
      // Parsed, not matched as text: a hostile headline may write "<script>" inside an attribute value.
      const scripts: string[] = [];
      visit(fromHtml(html), 'element', (node) => {
        if (node.tagName === 'script') scripts.push(JSON.stringify(node.properties));
      });
      // JSON-LD, and the inline enhancement script (no attributes), which the policy allows by its hash.
      const allowed = scripts.filter(
        (properties) => properties === '{"type":"application/ld+json"}' || properties === '{}',
      );
      expect(scripts).toEqual(allowed);
      // The framework's markup, not words: the hostile fixture article writes about /_next/ and __next_f.
      expect(html).not.toMatch(/\s(?:src|href|srcset)="\/_next\/|\sid="__next|rel="(?:module)?preload"/);
    });

    it('carries its CSS inline in one <style>, with no stylesheet to fetch', () => {
      expect(html.match(/<style>/g)).toHaveLength(1);
      expect(html).not.toContain('rel="stylesheet"');
    });
  });
});

describe('byte budgets', () => {
  it('the article page, HTML with all its CSS, fits in 14 KB gzip: one round trip', () => {
    expect(gzipBytes(readOut(articleFile))).toBeLessThanOrEqual(14 * 1024);
  });

  it('the home and 404 pages fit in 14 KB gzip too', () => {
    expect(gzipBytes(readOut('index.html'))).toBeLessThanOrEqual(14 * 1024);
    expect(gzipBytes(readOut('404.html'))).toBeLessThanOrEqual(14 * 1024);
  });

  it('the enhancement script, all features together and inline, is at most 2 KB gzip', () => {
    const scripts = [...readOut(articleFile).matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    expect(scripts).toHaveLength(1);
    expect(gzipBytes(scripts[0]!)).toBeGreaterThan(200);
    expect(gzipBytes(scripts[0]!)).toBeLessThanOrEqual(2 * 1024);
    expect(outFiles().filter((file) => file.endsWith('.js'))).toEqual(['pagefind/pagefind.js']); // for /search/ only
  });
});
