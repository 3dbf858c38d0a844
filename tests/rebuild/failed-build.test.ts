// A build that fails on bad content, or is stopped midway, leaves the published site and the caches as
// they were, and the next build is still exactly a clean build. Own vitest project (`rebuild`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { snapshot } from '../helpers/snapshot';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const seed = readFileSync(
  path.join(root, 'tests/fixtures/site/russia-once-again-speaks-about-nato-threat-for-russia-and-belarus.md'),
  'utf8',
);
const contentDir = mkdtempSync(path.join(tmpdir(), 'safe-content-'));
// The published site is out/ itself, the folder `npm start` serves (the site the browser tests use is
// built after this project's tests); the clean build for comparison goes to a folder of its own.
const folders = ['out', 'out-safe-clean'];
const env = (outFolder: string) => ({
  ...process.env,
  CONTENT_DIR: contentDir,
  OUT_DIR: outFolder,
  BUILD_TIME: '2026-11-21T09:00:00Z',
});

function writeArticle(slug: string, headline: string, published = '2018-10-20') {
  const text = seed
    .replace(/^id: .*$/m, `id: ${slug}`)
    .replace(/^slug: .*$/m, `slug: ${slug}`)
    .replace(/^headline: .*$/m, `headline: ${headline}`)
    .replace(/^published: .*$/m, `published: ${published}`)
    .replace(/^aliases:\n(  - .*\n)+/m, '')
    .replace(/^translationKey: .*\n/m, '');
  writeFileSync(path.join(contentDir, `${slug}.md`), text);
}

function build(outFolder: string) {
  return spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
    cwd: root,
    env: env(outFolder),
    encoding: 'utf8',
  });
}

/** The published site and everything a later build of it reads: its manifest and record, the parse cache. */
const state = () => {
  const built = (name: string) => {
    const file = path.join(root, '.site-build', name);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  return {
    site: snapshot(path.join(root, 'out')),
    manifest: built('out.pages.json'),
    record: built('out.json'),
    articles: snapshot(path.join(root, '.cache', 'articles', 'out')),
  };
};

const clear = () => {
  for (const folder of folders) {
    rmSync(path.join(root, folder), { recursive: true, force: true });
    rmSync(path.join(root, '.cache', 'articles', folder), { recursive: true, force: true });
    rmSync(path.join(root, '.site-build', `${folder}.json`), { force: true });
    rmSync(path.join(root, '.site-build', `${folder}.pages.json`), { force: true });
  }
};

describe('a build that fails or is stopped', () => {
  clear();
  afterAll(() => {
    clear();
    rmSync(contentDir, { recursive: true, force: true });
  });

  it('leaves the published site and the caches as they were, and the next build is a clean one', async () => {
    for (const name of ['authors.yml', 'topics.yml'])
      writeFileSync(path.join(contentDir, name), readFileSync(path.join(root, 'content', name)));
    writeArticle('story-a', 'NATO drills near the border');
    writeArticle('story-b', 'NATO ministers meet', '2018-10-21');
    expect(build('out').status).toBe(0);
    const published = state();
    expect(Object.keys(published.site)).toContain(path.join('news', 'story-a', 'index.html'));

    // Bad content: the check names it, and nothing the next build reads has changed.
    writeArticle('story-a', 'NATO drills near the border, corrected');
    writeArticle('story-c', 'A date that does not exist', '2018-02-30');
    const failed = build('out');
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain('story-c.md');
    expect(state()).toEqual(published);

    // Stopped while Next renders: the published site is still whole and as it was.
    rmSync(path.join(contentDir, 'story-c.md'));
    const child = spawn(process.execPath, [path.join(root, 'scripts/build.mjs')], {
      cwd: root,
      env: env('out'),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (String(chunk).includes('Creating an optimized production build')) resolve();
      });
      child.once('exit', () => reject(new Error('the build ended before Next began')));
    });
    process.kill(-(child.pid ?? 0), 'SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(state().site).toEqual(published.site);

    // The next build publishes the correction, and the site is what a clean build of it would be.
    expect(build('out').status).toBe(0);
    expect(readFileSync(path.join(root, 'out/news/story-a/index.html'), 'utf8')).toContain(
      'NATO drills near the border, corrected',
    );
    expect(build('out-safe-clean').status).toBe(0);
    expect(snapshot(path.join(root, 'out'))).toEqual(snapshot(path.join(root, 'out-safe-clean')));
  });
});
