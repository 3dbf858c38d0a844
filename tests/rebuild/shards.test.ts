// A site built in three shards and merged is the site one machine builds, file for file and byte for
// byte; the merge refuses shards that are not one whole build, naming them. Own vitest project (`rebuild`).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { snapshot } from '../helpers/snapshot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// Every build reads one copy of the fixture site (the content folder is one of the settings shards must share).
const content = mkdtempSync(path.join(tmpdir(), 'shard-content-'));
cpSync(path.join(root, 'tests/fixtures/site'), content, { recursive: true });
const folder = 'out-shards';
const at = (...parts: string[]) => path.join(root, folder, ...parts);
const shardFolders = [1, 2, 3].map((k) => path.join(folder, `${k}-of-3`));
// One moment for every build here, so the whole build and the shards agree on what is due.
const settings = { BUILD_TIME: '2026-11-21T09:00:00Z', LIST_PAGE_SIZE: '2' };

function run(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(root, script), ...args], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, ...settings, ...env },
    encoding: 'utf8',
  });
}
const build = (out: string, args: string[] = [], env: Record<string, string> = {}) =>
  run('scripts/build.mjs', args, { OUT_DIR: out, ...env });
const merge = (out: string, shards: string[]) => run('scripts/merge.mjs', shards, { OUT_DIR: out });

const clear = () => {
  rmSync(path.join(root, folder), { recursive: true, force: true });
  for (const name of readdirSync(path.join(root, '.site-build'), { withFileTypes: true }))
    if (/^(whole|merged|\d-of-3.*)\./.test(name.name))
      rmSync(path.join(root, '.site-build', name.name), { force: true });
  for (const name of ['whole', 'merged', '1-of-3', '2-of-3', '3-of-3', '3-of-3-other', '2-of-3-bad'])
    rmSync(path.join(root, '.cache', 'articles', name), { recursive: true, force: true });
};

describe('a site built in shards', () => {
  beforeAll(() => {
    clear();
    const whole = build(path.join(folder, 'whole'));
    expect(whole.status, whole.stderr).toBe(0);
    for (const shard of shardFolders) {
      const built = build(shard, ['--shard', shard.slice(-6).replace('-of-', '/')]);
      expect(built.status, built.stderr).toBe(0);
    }
  });
  afterAll(() => {
    clear();
    rmSync(content, { recursive: true, force: true });
  });

  it('merged is the site one machine builds, file for file, byte for byte', () => {
    const merged = merge(path.join(folder, 'merged'), shardFolders);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toContain('Merged 3 shards');
    const whole = snapshot(at('whole'));
    expect(Object.keys(whole)).toContain(path.join('pagefind', 'pagefind-entry.json'));
    expect(Object.keys(whole)).toContain('_headers');
    expect(snapshot(at('merged'))).toEqual(whole);
  });

  it('gives every page to one shard, each about a third, and writes the feeds and sitemaps in each', () => {
    const pages = shardFolders.map((shard) =>
      Object.keys(snapshot(path.join(root, shard))).filter((file) => file.endsWith('.html')),
    );
    const all = pages.flat();
    expect(new Set(all).size).toBe(all.length);
    const total = Object.keys(snapshot(at('whole'))).filter((file) => file.endsWith('.html')).length;
    expect(all).toHaveLength(total);
    for (const own of pages) expect(own.length).toBeGreaterThan(total / 6);
    // A story's printed copy's QR code is drawn by the story's shard, and by no other.
    const codes = shardFolders.flatMap((shard) =>
      Object.keys(snapshot(path.join(root, shard))).filter((file) => file.startsWith('qr/')),
    );
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.sort()).toEqual(
      Object.keys(snapshot(at('whole')))
        .filter((file) => file.startsWith('qr/'))
        .sort(),
    );
    for (const shard of shardFolders) {
      const files = Object.keys(snapshot(path.join(root, shard)));
      expect(files).toEqual(expect.arrayContaining(['feed.xml', 'sitemap.xml', 'robots.txt', '_shard.json']));
      // The search index and the headers span every page: the merge makes them.
      expect(files).not.toContain('_headers');
      expect(files.some((file) => file.startsWith('pagefind'))).toBe(false);
    }
  });

  it('refuses a shard missing or given twice, naming it', () => {
    const missing = merge(path.join(folder, 'merged-2'), shardFolders.slice(0, 2));
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('shard 3/3 is missing; build it with npm run build -- --shard 3/3');
    const twice = merge(path.join(folder, 'merged-2'), [...shardFolders, shardFolders[0] ?? '']);
    expect(twice.stderr).toContain(`shard 1/3 is given twice: ${shardFolders[0]} and ${shardFolders[0]}`);
    const notShard = merge(path.join(folder, 'merged-2'), [...shardFolders, path.join(folder, 'whole')]);
    expect(notShard.stderr).toContain(`${path.join(folder, 'whole')}: not a shard's folder`);
    expect(existsSync(at('merged-2'))).toBe(false);
  });

  it('refuses two shards with different bytes at one path, naming the path and both shards', () => {
    const other = path.join(folder, '2-of-3-copy');
    cpSync(path.join(root, shardFolders[1] ?? ''), path.join(root, other), { recursive: true });
    writeFileSync(path.join(root, other, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
    const merged = merge(path.join(folder, 'merged-2'), [shardFolders[0] ?? '', other, shardFolders[2] ?? '']);
    expect(merged.status).not.toBe(0);
    expect(merged.stderr).toContain(`robots.txt: ${shardFolders[0]} and ${other} differ`);
  });

  it('refuses a shard built from other content, naming both, and a shard that failed, with its error', () => {
    const seed = path.join(content, 'russia-once-again-speaks-about-nato-threat-for-russia-and-belarus.md');
    const text = readFileSync(seed, 'utf8');
    try {
      writeFileSync(seed, text.replace(/^headline: (.*)$/m, 'headline: $1, corrected'));
      const other = path.join(folder, '3-of-3-other');
      expect(build(other, ['--shard', '3/3']).status).toBe(0);
      const mixed = merge(path.join(folder, 'merged-2'), [...shardFolders.slice(0, 2), other]);
      expect(mixed.status).not.toBe(0);
      expect(mixed.stderr).toMatch(
        new RegExp(
          `${shardFolders[0]} \\(shard 1/3, commit \\w+\\) and ${other} \\(shard 3/3, commit \\w+\\) were built from different content`,
        ),
      );

      writeFileSync(path.join(content, 'broken.md'), text.replace(/^published: .*$/m, 'published: 2018-02-30'));
      const bad = path.join(folder, '2-of-3-bad');
      const failed = build(bad, ['--shard', '2/3']);
      expect(failed.status).not.toBe(0);
      const refused = merge(path.join(folder, 'merged-2'), [shardFolders[0] ?? '', bad, shardFolders[2] ?? '']);
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toContain(`${bad}: this shard failed.\nShard 2/3 failed in the check:`);
      expect(refused.stderr).toContain('broken.md');
    } finally {
      writeFileSync(seed, text);
      rmSync(path.join(content, 'broken.md'), { force: true });
    }
  });

  it('rebuilt from their own folders after a correction, merge into what one machine rebuilds', () => {
    const seed = path.join(content, 'russia-once-again-speaks-about-nato-threat-for-russia-and-belarus.md');
    const text = readFileSync(seed, 'utf8');
    try {
      writeFileSync(seed, text.replace(/^headline: (.*)$/m, 'headline: $1, corrected'));
      expect(build(path.join(folder, 'whole')).status).toBe(0);
      const rendered = shardFolders.map((shard) => {
        const built = build(shard, ['--shard', shard.slice(-6).replace('-of-', '/')]);
        expect(built.status, built.stderr).toBe(0);
        return Number(
          /Unchanged since the last build, taken from the published site: (\d+) of/.exec(built.stdout)?.[1],
        );
      });
      // Each shard took its unchanged pages from its own folder.
      for (const reused of rendered) expect(reused).toBeGreaterThan(10);
      const merged = merge(path.join(folder, 'merged'), shardFolders);
      expect(merged.status, merged.stderr).toBe(0);
      expect(snapshot(at('merged'))).toEqual(snapshot(at('whole')));
      const changed = readFileSync(path.join(root, '.site-build', 'merged.changed.txt'), 'utf8');
      expect(changed).toContain('/news/russia-once-again-speaks-about-nato-threat-for-russia-and-belarus/');
      expect(changed.split('\n').length).toBeLessThan(Object.keys(snapshot(at('whole'))).length / 2);
    } finally {
      writeFileSync(seed, text);
    }
  });
});
