import { createHash } from 'node:crypto';
import { createElement, Suspense, use } from 'react';
import { renderToReadableStream } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { toStaticHtml } from './to-static-html.mjs';

const nextPage = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<script src="/_next/static/chunks/c.js" async=""></script>
<title>T</title><link rel="icon" href="/favicon.svg"/>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"a \\u003c/script>"}</script>
</head><body><div hidden=""><!--$--><!--/$--></div><main data-page-language="be"><p>Text<!-- --> here</p>BODY</main>
<script id="_R_">(globalThis["TURBOPACK"] || []).push({})</script>
<script>self.__next_f.push([1,"payload"])</script></body></html>`;

const cssFiles: Record<string, string> = { '/_next/static/chunks/a.css': 'body{color:red}' };
const options = { readCss: (href: string) => cssFiles[href] ?? '', iconDataUrl: 'data:image/svg+xml,x' };

describe('toStaticHtml', () => {
  const { html, styleHashes } = toStaticHtml(nextPage.replace('BODY', ''), options);

  it('removes every framework script, script preload and RSC payload', () => {
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(html).not.toContain('preload');
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('/_next/');
    // The page's own language, named by its frame, is the document's; the marker is gone.
    expect(html).toContain('<html lang="be">');
    expect(html).not.toContain('data-page-language');
  });

  it('keeps JSON-LD, which is data and not code', () => {
    expect(html).toContain(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"a \\u003c/script>"}</script>',
    );
  });

  it('inlines the linked CSS into one <style> and returns its CSP hash', () => {
    expect(html).toContain('<style>body{color:red}</style>');
    expect(styleHashes).toHaveLength(1);
    expect(styleHashes[0]).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });

  it('drops React’s empty hidden boundary and comments, keeping the text', () => {
    expect(html).not.toContain('<div hidden');
    expect(html).not.toContain('<!--');
    expect(html).toContain('<p>Text here</p>');
  });

  it('inlines the favicon so a saved page is one file', () => {
    expect(html).toContain('<link rel="icon" href="data:image/svg+xml,x">');
  });

  it('inlines the enhancement script last in the body, only on pages that have something to enhance', () => {
    const script = 'document.title="enhanced"';
    const withTools = toStaticHtml(nextPage.replace('BODY', '<button data-enhance="copy" hidden>Copy</button>'), {
      ...options,
      enhanceScript: script,
    });
    expect(withTools.html).toMatch(/<script>document\.title="enhanced"<\/script><\/body>/);
    expect(withTools.scriptHashes).toEqual([`'sha256-${createHash('sha256').update(script).digest('base64')}'`]);
    const without = toStaticHtml(nextPage, { ...options, enhanceScript: script });
    expect(without.html).not.toContain('enhanced');
    expect(without.scriptHashes).toEqual([]);
  });

  it('inlines a live story’s script after the enhancement script on a live story’s page only, each allowed by its hash', () => {
    const enhance = 'document.title="enhanced"';
    const live = 'document.title="live"';
    const page = nextPage.replace(
      'BODY',
      '<article data-live="/news/x/live.json"><button data-enhance="copy" hidden>Copy</button></article>',
    );
    const withLive = toStaticHtml(page, { ...options, enhanceScript: enhance, liveScript: live });
    expect(withLive.html).toMatch(
      /<script>document\.title="enhanced"<\/script><script>document\.title="live"<\/script><\/body>/,
    );
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(withLive.scriptHashes).toEqual([hash(enhance), hash(live)]);
    const other = toStaticHtml(nextPage.replace('BODY', '<button data-enhance="copy" hidden>Copy</button>'), {
      ...options,
      enhanceScript: enhance,
      liveScript: live,
    });
    expect(other.html).not.toContain('"live"');
    expect(other.scriptHashes).toEqual([hash(enhance)]);
  });

  it.each([
    ['an id', '<div id="__next"></div>', '__next'],
    ['an image from the framework', '<img src="/_next/image?url=%2Fa.png&amp;w=640" alt="">', '/_next/'],
    ['a srcset', '<img src="/a.png" srcset="/a.png 1x, /_next/static/media/a.png 2x" alt="">', '/_next/'],
    ['a style', '<style>@font-face{src:url(/_next/static/media/f.woff2)}</style>', '/_next/'],
    ['an attribute name', '<div data-__next-boundary=""></div>', '__next'],
  ])('fails loudly when a new Next.js leaves its runtime in %s', (_, markup, marker) => {
    expect(() => toStaticHtml(nextPage.replace('BODY', markup), options)).toThrow(
      `Next.js runtime left in the page after stripping (${marker})`,
    );
  });

  it('lets an article mention the framework in its words, links, labels and data', () => {
    const words = 'Sites built with it load /_next/static/ files, set __next_f and TURBOPACK, and $Sreact';
    const article = [
      `<h1>${words}</h1><p>${words}</p>`,
      `<a href="https://example.org/_next/static/a.js" title="${words}">a</a>`,
      `<img src="https://example.org/_next/image?url=a" alt="${words}">`,
      `<button data-copy-text="${words}" aria-label="${words}">Copy</button>`,
    ].join('');
    const page = nextPage
      .replace('BODY', article)
      .replace('<title>T</title>', `<title>${words}</title><meta name="description" content="${words}">`)
      .replace('"headline":"a \\u003c/script>"', `"headline":"${words}"`);
    const { html: out } = toStaticHtml(page, options);
    expect(out.split(words).length - 1).toBe(9); // h1, p, title, alt, data-copy-text, aria-label, <title>, description, JSON-LD
    expect(out).toContain('href="https://example.org/_next/static/a.js"');
  });
});

describe('toStaticHtml on a page Next streamed with a Suspense fallback', () => {
  /** React's own streamed HTML (what Next writes when a page suspends): the fallback in place, the content in a hidden <div>. */
  async function streamedPage(): Promise<string> {
    let resolve!: (text: string) => void;
    const text = new Promise<string>((done) => (resolve = done));
    const Slow = () => createElement('p', null, use(text));
    const page = createElement(
      'html',
      { lang: 'en' },
      createElement('head', null, createElement('title', null, 'T')),
      createElement(
        'body',
        null,
        createElement(
          'main',
          null,
          createElement(Suspense, { fallback: createElement('p', null, 'Loading…') }, createElement(Slow)),
        ),
      ),
    );
    const stream = await renderToReadableStream(page);
    setTimeout(() => resolve('The article text'), 10);
    return new Response(stream).text();
  }

  it('fails the build instead of leaving the content hidden behind the fallback', async () => {
    const html = await streamedPage();
    expect(html).toContain('<div hidden id="S:0"><p>The article text</p></div>');
    expect(() => toStaticHtml(html, options)).toThrow(
      'content was left in a hidden streamed Suspense boundary (S:0) with its fallback shown in its place: render the page without suspending (no pending use() or async component under <Suspense>, no loading.tsx)',
    );
  });
});

describe('a page without its language', () => {
  it('stops the build, naming the frame to render it in', () => {
    expect(() => toStaticHtml(nextPage.replace(' data-page-language="be"', '').replace('BODY', ''), options)).toThrow(
      /names 0 languages on data-page-language; render it inside one <PageFrame/,
    );
  });
});
