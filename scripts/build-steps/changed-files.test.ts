import { linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changedFiles, toUrls } from './changed-files.mjs';

const dirs: string[] = [];
const site = (files: Record<string, string>) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'changed-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('changedFiles', () => {
  it('names the files added, changed in their bytes and removed, not those rendered again to the same bytes', () => {
    const before = site({ 'index.html': 'front', 'news/a/index.html': 'a', 'news/b/index.html': 'b', 'feed.xml': 'f' });
    const after = site({
      'index.html': 'front, new',
      'news/b/index.html': 'b',
      'news/c/index.html': 'c',
      'feed.xml': 'f2',
    });
    expect(changedFiles(before, after)).toEqual({
      added: ['news/c/index.html'],
      changed: ['feed.xml', 'index.html'],
      removed: ['news/a/index.html'],
    });
  });

  it('takes a page linked from the published site as unchanged', () => {
    const before = site({ 'news/a/index.html': 'a' });
    const after = site({});
    mkdirSync(path.join(after, 'news/a'), { recursive: true });
    linkSync(path.join(before, 'news/a/index.html'), path.join(after, 'news/a/index.html'));
    expect(changedFiles(before, after)).toEqual({ added: [], changed: [], removed: [] });
  });

  it('counts every file as added when nothing was published yet', () => {
    expect(changedFiles('/does/not/exist', site({ 'index.html': 'x' })).added).toEqual(['index.html']);
  });
});

describe('toUrls', () => {
  it('gives pages their folder’s address and other files their own, on the site', () => {
    expect(toUrls(['index.html', 'news/a/index.html', 'be/feed.xml', '404.html'], 'https://news.example.org')).toEqual([
      'https://news.example.org/',
      'https://news.example.org/news/a/',
      'https://news.example.org/be/feed.xml',
      'https://news.example.org/404.html',
    ]);
  });
});
