import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeArticle } from '@/tests/helpers/make-article';
import type { ImageRendition } from '../images/image-catalog';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'article-cache-'));
  vi.stubEnv('ARTICLE_CACHE_DIR', dir);
  vi.resetModules();
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

/** The cache module as a new process sees it: nothing in memory, only what is on disk. */
const freshProcess = async () => {
  vi.resetModules();
  return import('./article-cache');
};

const bytes = (text: string) => new TextEncoder().encode(text);
const plain = makeArticle({ id: 'plain1', slug: 'plain' });
const photographed = makeArticle({ id: 'photo1', slug: 'photo' });
const withPhoto = { ...photographed, image: { src: 'images/a.jpg', alt: 'A', caption: undefined, credit: undefined, focus: 'center' as const, rendition: undefined } };
const rendition = (width: number) => ({ width }) as unknown as ImageRendition;

describe('the parsed-article cache', () => {
  it('gives a later build the article parsed from the same bytes, registries and code', async () => {
    const cache = await freshProcess();
    const key = cache.articleKey('content/plain.md', bytes('text'), 'registries');
    cache.cacheArticle(key, plain, undefined);
    expect(cache.commitArticleCache()).toBe(1);
    const later = await freshProcess();
    expect(later.cachedArticle(later.articleKey('content/plain.md', bytes('text'), 'registries'), undefined)).toEqual(plain);
  });

  it('keys on the bytes, the file and what names are resolved against', async () => {
    const cache = await freshProcess();
    const key = cache.articleKey('content/plain.md', bytes('text'), 'registries');
    expect(cache.articleKey('content/plain.md', bytes('text!'), 'registries')).not.toBe(key);
    expect(cache.articleKey('content/other.md', bytes('text'), 'registries')).not.toBe(key);
    expect(cache.articleKey('content/plain.md', bytes('text'), 'other registries')).not.toBe(key);
  });

  it('writes nothing until the check commits, so a failed check leaves the cache as it was', async () => {
    const cache = await freshProcess();
    cache.cacheArticle(cache.articleKey('content/plain.md', bytes('text'), 'r'), plain, undefined);
    expect(readdirSync(dir)).toEqual([]);
    const later = await freshProcess();
    expect(later.cachedArticle(later.articleKey('content/plain.md', bytes('text'), 'r'), undefined)).toBeUndefined();
  });

  it('takes an article with a photo only while the photo resolves as it did, checking and building alike', async () => {
    const cache = await freshProcess();
    const key = cache.articleKey('content/photo.md', bytes('text'), 'r');
    const building = () => rendition(1600);
    cache.cacheArticle(key, withPhoto, undefined); // the check, before photos are derived
    cache.cacheArticle(key, withPhoto, building); // the build, with them
    cache.commitArticleCache();
    const later = await freshProcess();
    expect(later.cachedArticle(key, undefined)).toEqual(withPhoto);
    expect(later.cachedArticle(key, building)).toEqual(withPhoto);
    expect(later.cachedArticle(key, () => rendition(1200))).toBeUndefined();
  });

  it('drops on a pruning commit what this build did not use', async () => {
    const cache = await freshProcess();
    const old = cache.articleKey('content/old.md', bytes('gone'), 'r');
    cache.cacheArticle(old, plain, undefined);
    cache.commitArticleCache();
    const later = await freshProcess();
    const kept = later.articleKey('content/plain.md', bytes('text'), 'r');
    later.cacheArticle(kept, plain, undefined);
    later.commitArticleCache({ prune: true });
    expect(existsSync(path.join(dir, kept))).toBe(true);
    expect(existsSync(path.join(dir, old))).toBe(false);
  });
});
