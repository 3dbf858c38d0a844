import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageFacts } from '../../lib/build/page-reuse';
import type { ReusePlan } from '../../lib/build/reuse-plan';
import { cachedFile, readPageCache, restoreReusedPages, storeRenderedPages } from './page-cache.mjs';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'page-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const facts: PageFacts = {
  styleHashes: ['sha256-css'],
  scriptHashes: ['sha256-js'],
};
const filesOf = (slug: string) => [`news/${slug}/index.html`, `a/${slug}/index.html`];

/** An out/ folder holding the rendered pages of `slugs`, each page's text naming it and `text`. */
function renderedOut(slugs: string[], text: string) {
  const outDir = tempDir();
  for (const file of slugs.flatMap(filesOf)) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), `${file} ${text}`);
  }
  return outDir;
}

const plan = (siteKey: string, keys: Record<string, string>, reused: string[] = []): ReusePlan => ({
  version: 3,
  siteKey,
  pages: Object.fromEntries(
    Object.entries(keys).map(([slug, key]) => [
      slug,
      {
        kind: 'article',
        route: '/news/[slug]/',
        key,
        files: filesOf(slug),
        indexable: true,
        searchable: true,
        frameSources: [],
      },
    ]),
  ),
  reused,
});
const allFacts = (slugs: string[]) => new Map(slugs.flatMap(filesOf).map((file) => [file, facts]));

describe('the page cache', () => {
  it('files a build’s rendered pages and gives them back, with their facts, to a build that reuses them', () => {
    const cacheDir = tempDir();
    const first = plan('site', { one: 'k1', two: 'k2' });
    expect(storeRenderedPages(renderedOut(['one', 'two'], 'first'), cacheDir, first, allFacts(['one', 'two']))).toEqual(
      {
        stored: 2,
        kept: 0,
      },
    );

    const second = plan('site', { one: 'k1', two: 'k2-corrected' }, ['one']);
    const outDir = renderedOut(['two'], 'second');
    const restored = restoreReusedPages(outDir, cacheDir, second);
    expect(restored).toEqual(filesOf('one').map((file) => [file, facts]));
    expect(readFileSync(path.join(outDir, 'news/one/index.html'), 'utf8')).toBe('news/one/index.html first');
    expect(storeRenderedPages(outDir, cacheDir, second, allFacts(['two']))).toEqual({ stored: 1, kept: 1 });
    expect(readFileSync(cachedFile(cacheDir, 'news/two/index.html'), 'utf8')).toBe('news/two/index.html second');
    expect(readPageCache(cacheDir)?.pages.two?.key).toBe('k2-corrected');
  });

  it('removes the files of an article no longer published', () => {
    const cacheDir = tempDir();
    storeRenderedPages(
      renderedOut(['one', 'two'], 'first'),
      cacheDir,
      plan('site', { one: 'k1', two: 'k2' }),
      allFacts(['one', 'two']),
    );
    storeRenderedPages(renderedOut([], 'second'), cacheDir, plan('site', { one: 'k1' }, ['one']), new Map());
    expect(existsSync(cachedFile(cacheDir, 'news/two/index.html'))).toBe(false);
    expect(Object.keys(readPageCache(cacheDir)?.pages ?? {})).toEqual(['one']);
  });

  it('keeps nothing of a build of another site key', () => {
    const cacheDir = tempDir();
    storeRenderedPages(
      renderedOut(['one', 'two'], 'first'),
      cacheDir,
      plan('site', { one: 'k1', two: 'k2' }),
      allFacts(['one', 'two']),
    );
    storeRenderedPages(renderedOut(['one'], 'new code'), cacheDir, plan('site-2', { one: 'k1' }), allFacts(['one']));
    expect(existsSync(cachedFile(cacheDir, 'news/two/index.html'))).toBe(false);
    expect(readPageCache(cacheDir)?.siteKey).toBe('site-2');
  });

  it('does not file an article whose pages the finish step did not see', () => {
    const cacheDir = tempDir();
    storeRenderedPages(renderedOut(['one'], 'first'), cacheDir, plan('site', { one: 'k1' }), new Map());
    expect(readPageCache(cacheDir)?.pages).toEqual({});
  });

  it('refuses to reuse an article the cache does not hold', () => {
    expect(() => restoreReusedPages(tempDir(), tempDir(), plan('site', { one: 'k1' }, ['one']))).toThrow(
      /no entry for one/,
    );
  });
});
