// `npm run check`, as an editor or a pre-commit hook runs it: every problem of the run at once, named
// by file, and an exit code a hook can act on.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures');

function check(contentDir: string, settings: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, NODE_ENV: 'production', ...settings },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check', () => {
  it('passes valid content and says what it holds back', () => {
    const { status, stdout } = check(path.join(fixtures, 'site'));
    expect(status).toBe(0);
    expect(stdout).toContain('tests/fixtures/site/: 13 valid articles, 11 to publish, 0 photos.');
    expect(stdout).toContain('held back: tests/fixtures/site/draft.md: draft: true');
    expect(stdout).toContain('held back: tests/fixtures/site/embargoed.md: embargoed until 2999-01-01T09:00+03:00');
    expect(stdout).toContain(
      'held back: tests/fixtures/site/live-election-night.md: the update at line 18 is held until 2099-01-01T12:00+03:00',
    );
  });

  it('reports every problem in every file at once, then fails', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'check-'));
    for (const name of ['authors.yml', 'topics.yml'])
      copyFileSync(path.join(fixtures, 'site', name), path.join(dir, name));
    for (const name of ['typo-in-key.md', 'impossible-date.md', 'windows-1251.md']) {
      copyFileSync(path.join(fixtures, 'content/invalid', name), path.join(dir, name));
    }
    copyFileSync(path.join(fixtures, 'content/hostile/raw-script.md'), path.join(dir, 'raw-script.md'));
    const { status, stderr } = check(dir);
    expect(status).toBe(1);
    const shown = path.relative(root, dir);
    expect(stderr).toContain(`${shown}/typo-in-key.md: author: is missing; write the author’s name`);
    expect(stderr).toContain(`${shown}/typo-in-key.md: autor: "Test Author" is not valid; did you mean "author"?`);
    expect(stderr).toContain(
      `${shown}/impossible-date.md: published: "2018-02-30" is not valid; use a date that exists`,
    );
    expect(stderr).toContain(`${shown}/windows-1251.md: file: text in Windows-1251`);
    expect(stderr).toContain(
      `${shown}/raw-script.md: body (line 18): raw HTML "<script>alert(document.cookie)</script>"`,
    );
    expect(stderr).toContain('Fix these in the files named, then run npm run check again.');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('reports a broken link between articles in the same run as the other files’ problems', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'check-'));
    for (const name of ['authors.yml', 'topics.yml'])
      copyFileSync(path.join(fixtures, 'site', name), path.join(dir, name));
    copyFileSync(path.join(fixtures, 'content/invalid/impossible-date.md'), path.join(dir, 'impossible-date.md'));
    const valid = readFileSync(path.join(fixtures, 'site/moved-article.md'), 'utf8');
    // A link to the invalid article (slug a-fixture) is not reported: its file is named already, and
    // the link is checked again once it is fixed.
    writeFileSync(
      path.join(dir, 'linked.md'),
      `${valid}\nRead [the archive](/news/does-not-exist/) and [the fixture](/news/a-fixture/), [by id](/a/fx1/).\n`,
    );
    const { status, stderr } = check(dir);
    expect(status).toBe(1);
    const shown = path.relative(root, dir);
    const line = valid.split('\n').length + 1;
    const problems = stderr.split('\n').filter((text) => text.startsWith('  - '));
    expect(problems).toEqual([
      `  - ${shown}/impossible-date.md: published: "2018-02-30" is not valid; use a date that exists, written YYYY-MM-DD (e.g. 2018-10-24) or with a time and zone (e.g. 2018-10-24T06:00+03:00)`,
      `  - ${shown}/linked.md: body (line ${line}): link "/news/does-not-exist/" is not valid; this site has no page at /news/does-not-exist/: link to a page the site has (an article’s /news/<slug>/, a list, a feed) or a file in public/, or remove the link`,
    ]);
  });

  it('refuses a link to a page of this site that the build does not make, naming the line and the target', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'check-'));
    for (const name of ['authors.yml', 'topics.yml'])
      copyFileSync(path.join(fixtures, 'site', name), path.join(dir, name));
    const valid = readFileSync(path.join(fixtures, 'site/moved-article.md'), 'utf8');
    writeFileSync(path.join(dir, 'linked.md'), `${valid}\nRead [the archive](/news/does-not-exist/).\n`);
    const { status, stderr } = check(dir);
    expect(status).toBe(1);
    const line = valid.split('\n').length + 1;
    expect(stderr).toContain(
      `${path.relative(root, dir)}/linked.md: body (line ${line}): link "/news/does-not-exist/" is not valid; this site has no page at /news/does-not-exist/`,
    );
  });

  it.each([
    ['SITE_URL', 'news.example.org', 'is not a web address'],
    ['LIST_PAGE_SIZE', 'twenty', 'is not a number of articles'],
  ])('names a bad %s setting and its fix before any content is read', (name, value, words) => {
    const { status, stdout, stderr } = check(path.join(fixtures, 'site'), { [name]: value });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${name}: "${value}" ${words}; `));
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['THUMBOR_URL', { IMAGE_SERVICE: 'thumbor', THUMBOR_SECURITY_KEY: 'k' }],
    ['THUMBOR_SECURITY_KEY', { IMAGE_SERVICE: 'thumbor', THUMBOR_URL: 'https://images.example.org' }],
  ])('with IMAGE_SERVICE=thumbor, stops when %s is missing, naming it', (name, settings) => {
    const { status, stdout, stderr } = check(path.join(fixtures, 'photos'), {
      THUMBOR_URL: '',
      THUMBOR_SECURITY_KEY: '',
      ...settings,
    });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${name} is not set; with IMAGE_SERVICE=thumbor set it to `));
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
