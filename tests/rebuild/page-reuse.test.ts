// A rebuild renders again only the pages of the articles that changed and of those that show them
// (related stories) and the author and topic list pages that show them, copies every other one from the
// page cache, and gives exactly the site
// a clean build of the same content gives, byte for byte. Own vitest project (`rebuild`), like
// share-images.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRecord } from '../../scripts/build-record.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const seed = readFileSync(
  path.join(root, 'tests/fixtures/site/russia-once-again-speaks-about-nato-threat-for-russia-and-belarus.md'),
  'utf8',
);

function writeArticle(
  dir: string,
  slug: string,
  { headline, day, topics, language }: { headline: string; day: number; topics: string[]; language?: string },
) {
  const text = seed
    .replace(/^id: .*$/m, `id: ${slug}`)
    .replace(/^slug: .*$/m, `slug: ${slug}`)
    .replace(/^headline: .*$/m, `headline: ${headline}`)
    .replace(/^published: .*$/m, `published: 2018-10-${String(day).padStart(2, '0')}`)
    .replace(/^topics:\n(  - .*\n)+/m, `topics:\n${topics.map((topic) => `  - ${topic}\n`).join('')}`)
    .replace(/^aliases:\n(  - .*\n)+/m, '')
    .replace(/^translationKey: .*\n/m, '')
    .replace(/^language: .*$/m, `language: ${language ?? 'en'}`);
  writeFileSync(path.join(dir, `${slug}.md`), text);
}

const shareImageCaches: string[] = [];
let lastPages: { rendered: string[]; reused: string[] } = { rendered: [], reused: [] };
let lastOutput = '';
const articleSlugs = (paths: readonly string[]) =>
  paths.flatMap((page) => /^\/news\/(story-[a-z])\/$/.exec(page)?.slice(1) ?? []).sort();

function build(contentDir: string, outFolder: string, buildTime: string) {
  const shareImageCache = mkdtempSync(path.join(tmpdir(), 'reuse-og-'));
  shareImageCaches.push(shareImageCache);
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outFolder,
      BUILD_TIME: buildTime,
      LIST_PAGE_SIZE: '2',
      SHARE_IMAGE_CACHE_DIR: shareImageCache,
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  lastOutput = result.stdout;
  const work = readRecord(root, path.join(root, outFolder))?.work;
  if (!work?.pages) throw new Error('the build recorded no pages');
  lastPages = work.pages;
  return { rendered: articleSlugs(work.pages.rendered), reused: articleSlugs(work.pages.reused) };
}

/** @returns every file below dir, relative, sorted */
function files(dir: string, relative = ''): string[] {
  return readdirSync(path.join(dir, relative))
    .flatMap((name) => {
      const file = path.join(relative, name);
      return statSync(path.join(dir, file)).isDirectory() ? files(dir, file) : [file];
    })
    .sort();
}

describe('a rebuild after one article was corrected and one added', () => {
  const contentDir = mkdtempSync(path.join(tmpdir(), 'reuse-content-'));
  const folders = ['out-reuse', 'out-reuse-clean'];
  const clear = () => {
    for (const folder of folders) {
      rmSync(path.join(root, folder), { recursive: true, force: true });
      rmSync(path.join(root, '.cache', 'pages', folder), { recursive: true, force: true });
    }
  };
  clear();
  afterAll(() => {
    clear();
    for (const dir of [contentDir, ...shareImageCaches]) rmSync(dir, { recursive: true, force: true });
  });

  it('renders the changed pages and those that show them, and equals a clean build', () => {
    for (const name of ['authors.yml', 'topics.yml'])
      writeFileSync(path.join(contentDir, name), readFileSync(path.join(root, 'content', name)));
    // b's related stories show a; c shares no topic with anyone.
    writeArticle(contentDir, 'story-a', {
      headline: 'NATO drills near the border',
      day: 20,
      topics: ['NATO', 'Poland'],
    });
    writeArticle(contentDir, 'story-b', { headline: 'NATO ministers meet', day: 21, topics: ['NATO'] });
    writeArticle(contentDir, 'story-c', { headline: 'The INF treaty ends', day: 22, topics: ['INF treaty'] });
    // The Russian edition's one story: its language's search index is taken from the published site below.
    writeArticle(contentDir, 'story-r', {
      headline: 'Учения НАТО у границы',
      day: 19,
      topics: ['NATO'],
      language: 'ru',
    });
    const first = build(contentDir, 'out-reuse', '2026-11-20T09:00:00Z');
    expect(first).toEqual({ rendered: ['story-a', 'story-b', 'story-c', 'story-r'], reused: [] });
    expect(lastOutput).toContain(
      'languages indexed: en, ru; taken from the published site, none of their articles changed: none.',
    );
    const storyC = readFileSync(path.join(root, 'out-reuse/news/story-c/index.html'));

    writeArticle(contentDir, 'story-a', {
      headline: 'NATO drills near the border, corrected',
      day: 20,
      topics: ['NATO', 'Poland'],
    });
    writeArticle(contentDir, 'story-d', { headline: 'Defence budget grows', day: 23, topics: ['Defence'] });
    const second = build(contentDir, 'out-reuse', '2026-11-21T09:00:00Z');
    expect(second).toEqual({ rendered: ['story-a', 'story-b', 'story-d'], reused: ['story-c', 'story-r'] });
    expect(lastOutput).toContain(
      'languages indexed: en; taken from the published site, none of their articles changed: ru.',
    );
    expect(readFileSync(path.join(root, 'out-reuse/news/story-b/index.html'), 'utf8')).toContain(
      'NATO drills near the border, corrected',
    );
    expect(readFileSync(path.join(root, 'out-reuse/news/story-c/index.html')).equals(storyC)).toBe(true);
    // The NATO topic lists the corrected headline; the INF treaty's list shows none of the changes.
    expect(lastPages.rendered).toContain('/topics/nato/');
    expect(lastPages.reused).toContain('/topics/inf-treaty/');
    expect(lastPages.rendered).not.toContain('/topics/inf-treaty/');

    // Nothing changed: nothing is rendered, and no file of the published site is written again.
    const written = () =>
      Object.fromEntries(
        files(path.join(root, 'out-reuse')).map((file) => {
          const { ino, mtimeMs } = statSync(path.join(root, 'out-reuse', file));
          return [file, `${ino} ${mtimeMs}`];
        }),
      );
    const before = written();
    build(contentDir, 'out-reuse', '2026-11-21T10:00:00Z');
    expect(lastOutput).toContain('Nothing changed since the last build');
    expect(written()).toEqual(before);

    const clean = build(contentDir, 'out-reuse-clean', '2026-11-21T09:00:00Z');
    expect(clean.reused).toEqual([]);
    const rebuilt = path.join(root, 'out-reuse');
    const fresh = path.join(root, 'out-reuse-clean');
    expect(files(rebuilt)).toEqual(files(fresh));
    const differing = files(fresh).filter(
      (file) => !readFileSync(path.join(rebuilt, file)).equals(readFileSync(path.join(fresh, file))),
    );
    expect(differing).toEqual([]);
  });
});
