// A second build after one article changed draws that article's share image again and copies every
// other one from the cache. Runs in its own vitest project (`rebuild`), before the site is built for the
// browser tests, because every build exports through out/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRecord } from '../../scripts/build-record.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(root, 'out-rebuild');
const seed = readFileSync(
  path.join(root, 'tests/fixtures/site/russia-once-again-speaks-about-nato-threat-for-russia-and-belarus.md'),
  'utf8',
);

function writeArticle(dir: string, n: number, headline: string) {
  const text = seed
    .replace(/^id: .*$/m, `id: rebuild${n}`)
    .replace(/^slug: .*$/m, `slug: rebuild-${n}`)
    .replace(/^headline: .*$/m, `headline: ${headline}`)
    .replace(/^aliases:\n(  - .*\n)+/m, '')
    // Three stories, not three versions of one.
    .replace(/^translationKey: .*\n/m, '');
  writeFileSync(path.join(dir, `rebuild-${n}.md`), text);
}

function build(contentDir: string, cacheDir: string) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      LIST_PAGE_SIZE: '2',
      SHARE_IMAGE_CACHE_DIR: cacheDir,
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  const work = readRecord(root, outDir)?.work?.shareImages;
  if (!work) throw new Error('the build recorded no share-image work');
  return work;
}

const published = () => readdirSync(path.join(outDir, 'og')).sort();

describe('a rebuild after one article changed', () => {
  const contentDir = mkdtempSync(path.join(tmpdir(), 'rebuild-content-'));
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'rebuild-og-'));
  afterAll(() => {
    for (const dir of [contentDir, cacheDir, outDir]) rmSync(dir, { recursive: true, force: true });
  });

  it('re-renders that article’s share image and copies the others from the cache', () => {
    // The seed's author and topics, registered as content/ registers them.
    for (const name of ['authors.yml', 'topics.yml'])
      writeFileSync(path.join(contentDir, name), readFileSync(path.join(root, 'content', name)));
    for (const n of [1, 2, 3]) writeArticle(contentDir, n, `Archive story ${n} about the Minsk talks`);
    const first = build(contentDir, cacheDir);
    expect(first.rendered).toHaveLength(3);
    expect(first.reused).toEqual([]);
    const before = published();

    writeArticle(contentDir, 2, 'Archive story 2 about the Minsk talks, corrected');
    const second = build(contentDir, cacheDir);
    expect(second.rendered).toHaveLength(1);
    expect(second.rendered[0]).toMatch(/^rebuild2\.[0-9a-f]{12}\.png$/);
    // The pages rendered again besides its own (a later story whose related stories show it) take their
    // cards from the cache.
    for (const file of second.reused) expect(first.rendered.filter((f) => !f.startsWith('rebuild2.'))).toContain(file);
    // The corrected image has a new URL; the others are the same files, byte for byte.
    const after = published();
    expect(after).toContain(second.rendered[0]);
    expect(after.filter((file) => !file.startsWith('rebuild2.'))).toEqual(
      before.filter((file) => !file.startsWith('rebuild2.')),
    );
    for (const file of second.reused) expect(existsSync(path.join(outDir, 'og', file))).toBe(true);
  });
});
