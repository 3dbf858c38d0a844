import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareSites } from './scale.mjs';

const dirs: string[] = [];
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'compare-sites-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('compareSites', () => {
  const clean = { 'index.html': 'home', 'news/a/index.html': 'a', 'pagefind/pagefind-entry.json': '{}' };

  it('finds nothing between two sites with the same files and bytes', () => {
    expect(compareSites(site(clean), site(clean))).toEqual({ files: 3, differing: [] });
  });

  it('names a file whose bytes differ, and one that only one site has', () => {
    const rebuilt = site({ ...clean, 'news/a/index.html': 'a, corrected', 'news/b/index.html': 'b' });
    const other = { ...clean };
    expect(compareSites(rebuilt, site(other))).toEqual({
      files: 3,
      differing: [path.join('news', 'a', 'index.html'), path.join('news', 'b', 'index.html')],
    });
  });
});
