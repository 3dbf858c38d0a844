import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outDirProblem } from './out-dir.mjs';

const root = mkdtempSync(path.join(os.tmpdir(), 'out-dir-'));
for (const dir of ['app', 'lib', 'public', 'content', 'tests/fixtures'])
  mkdirSync(path.join(root, dir), { recursive: true });
writeFileSync(path.join(root, 'package.json'), '{}');
const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'other-project-'));
mkdirSync(path.join(elsewhere, 'lib'));
writeFileSync(path.join(elsewhere, 'package.json'), '{}');
const problem = (outDir: string) => outDirProblem(root, outDir, path.join(root, 'content'));
const FIX = 'the build empties its output folder first, so name a folder of its own, e.g. OUT_DIR=out-site';

describe('outDirProblem', () => {
  it.each(['out', 'out-fixtures', 'out-photos', 'build/site', path.join(os.tmpdir(), 'site-out')])(
    'accepts a folder of its own: %s',
    (outDir) => {
      expect(problem(outDir)).toBe('');
    },
  );

  it.each([
    ['.', 'is the project folder itself'],
    ['./', 'is the project folder itself'],
    ['..', 'holds the project folder'],
    ['/', 'holds the project folder'],
    ['public', 'is inside public/, part of the project'],
    ['lib/site', 'is inside lib/, part of the project'],
    ['tests/fixtures', 'is inside tests/, part of the project'],
    ['node_modules', 'is inside node_modules/, part of the project'],
    ['content', 'is inside the articles folder (CONTENT_DIR)'],
  ])('refuses OUT_DIR=%s, naming why and the fix', (outDir, why) => {
    expect(problem(outDir)).toBe(`OUT_DIR: "${outDir}" ${why}; ${FIX}`);
  });

  it('refuses the articles folder, wherever CONTENT_DIR puts it', () => {
    const articles = path.join(os.tmpdir(), 'articles-elsewhere');
    expect(outDirProblem(root, `${articles}/site`, articles)).toBe(
      `OUT_DIR: "${articles}/site" is inside the articles folder (CONTENT_DIR); ${FIX}`,
    );
  });

  it('refuses a folder outside the project that holds source folders', () => {
    expect(problem(elsewhere)).toBe(
      `OUT_DIR: "${elsewhere}" holds source folders and files (package.json, lib/); ${FIX}`,
    );
  });
});
