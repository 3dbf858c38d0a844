import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedImage, shareImageCacheKey } from './share-image-cache';
import { shareImageFile } from './share-image';

const article = {
  id: 'k7q2mx',
  headline: 'Russia once again speaks about NATO threat',
  published: '2018-10-24',
  language: 'en',
};

/** A renderer that counts its calls and draws the bytes of its text. */
function counting(text: string) {
  const render = async () => {
    render.calls += 1;
    return new TextEncoder().encode(text);
  };
  render.calls = 0;
  return render;
}

describe('cachedImage', () => {
  it('renders an image the first time and reuses it, unchanged, the next', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'og-cache-'));
    const key = shareImageCacheKey(shareImageFile(article), '@takumi-rs/core@2.16.3');
    const render = counting('first');
    const first = await cachedImage(key, dir, render);
    const second = await cachedImage(key, dir, counting('never drawn'));
    expect(render.calls).toBe(1);
    expect(first.reused).toBe(false);
    expect(second.reused).toBe(true);
    expect(second.bytes.toString()).toBe('first');
  });

  it('renders again when the headline changed, and keeps no half-written file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'og-cache-'));
    await cachedImage(shareImageCacheKey(shareImageFile(article), '@takumi-rs/core@2.16.3'), dir, counting('old'));
    const corrected = { ...article, headline: 'Russia again speaks about a NATO threat' };
    const render = counting('new');
    const result = await cachedImage(
      shareImageCacheKey(shareImageFile(corrected), '@takumi-rs/core@2.16.3'),
      dir,
      render,
    );
    expect(render.calls).toBe(1);
    expect(result).toMatchObject({ reused: false });
    expect(result.bytes.toString()).toBe('new');
    expect(readdirSync(dir).filter((name) => !name.endsWith('.png'))).toEqual([]);
  });

  it('renders again under another renderer, which might draw differently', () => {
    const file = shareImageFile(article);
    expect(shareImageCacheKey(file, '@takumi-rs/core@2.17.0')).not.toBe(
      shareImageCacheKey(file, '@takumi-rs/core@2.16.3'),
    );
    expect(shareImageCacheKey(file, '@takumi-rs/core@2.16.3')).toBe(shareImageCacheKey(file, '@takumi-rs/core@2.16.3'));
  });
});
