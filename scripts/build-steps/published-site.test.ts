import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkReusedPages, removeInBackground, swapSite } from './published-site.mjs';

function site(dir: string, files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('swapSite', () => {
  it('puts the new site in place whole and the old one in this build’s trash, which is then removed', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'swap-'));
    const out = site(path.join(root, 'out'), { 'index.html': 'old' });
    const next = site(path.join(root, '.out.next'), { 'index.html': 'new' });
    const trash = path.join(root, '.out.trash', 'build-1');
    swapSite(out, next, path.join(root, '.out.previous'), trash);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(next)).toBe(false);
    expect(existsSync(path.join(root, '.out.previous'))).toBe(false);
    expect(readdirSync(trash)).toEqual(['.out.previous-0']);
    removeInBackground(trash);
    for (let waited = 0; existsSync(trash) && waited < 10_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(trash)).toBe(false);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new');
  });
});

describe('linkReusedPages', () => {
  it('links each reused page’s files from the published site and names them', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'link-'));
    const published = site(path.join(root, 'out'), { 'news/a/index.html': 'a', 'og/a.png': 'png' });
    const next = site(path.join(root, '.out.next'), { 'news/b/index.html': 'b' });
    const page = (files: string[]) => ({ kind: 'article', route: '/news/[slug]/', key: 'k', files, facts: {} });
    const plan = { reused: ['/news/a/'], pages: {} } as never;
    const manifest = { pages: { '/news/a/': page(['news/a/index.html', 'og/a.png']) } } as never;
    const { linked } = linkReusedPages(next, published, plan, manifest);
    expect([...linked]).toEqual(['news/a/index.html', 'og/a.png']);
    for (const file of linked)
      expect(statSync(path.join(next, file)).ino).toBe(statSync(path.join(published, file)).ino);
  });
});
