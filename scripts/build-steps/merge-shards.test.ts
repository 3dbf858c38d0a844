import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assembleShards, failureFile, readShards, shardProblems } from './merge-shards.mjs';

const record = (shard: string, changes: Record<string, string> = {}) => ({
  shard,
  commit: 'abc123',
  version: 3,
  siteUrl: 'https://news.example.org',
  siteKey: 'code-1',
  outputsKey: 'content-1',
  pages: {},
  ...changes,
});
const shard = (folder: string, ...args: Parameters<typeof record>) => ({ folder, record: record(...args) });

describe('shardProblems', () => {
  it('finds nothing wrong with every shard of one build, once each', () => {
    expect(shardProblems([shard('a', '1/2'), shard('b', '2/2')])).toEqual([]);
  });

  it('names a shard missing and a shard given twice', () => {
    expect(shardProblems([shard('a', '1/3'), shard('b', '1/3')])).toEqual([
      'shard 1/3 is given twice: a and b; give each shard once',
      'shard 2/3 is missing; build it with npm run build -- --shard 2/3 and give its folder too',
      'shard 3/3 is missing; build it with npm run build -- --shard 3/3 and give its folder too',
    ]);
  });

  it('refuses shards of different counts', () => {
    expect(shardProblems([shard('a', '1/2'), shard('b', '2/3')])[0]).toBe(
      'the shards are of different builds: a is 1/2, b is 2/3; merge the N shards of one build',
    );
  });

  it('names both shards and their commits when their code, settings or content differ', () => {
    expect(shardProblems([shard('a', '1/2'), shard('b', '2/2', { siteKey: 'code-2', commit: 'def456' })])).toEqual([
      'a (shard 1/2, commit abc123) and b (shard 2/2, commit def456) were built from different code or settings; build every shard from one commit with the same settings',
    ]);
    expect(shardProblems([shard('a', '1/2'), shard('b', '2/2', { outputsKey: 'content-2' })])).toEqual([
      'a (shard 1/2, commit abc123) and b (shard 2/2, commit abc123) were built from different content; build every shard from the same articles and BUILD_TIME',
    ]);
  });
});

describe('readShards and assembleShards', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'merge-shards-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };

  it('names a folder that failed with its error, and one that is no shard', () => {
    write('1-of-2/_shard.json', JSON.stringify(record('1/2')));
    write('2-of-2/index.html', '<!doctype html>');
    writeFileSync(failureFile(path.join(dir, '2-of-2/')), 'Shard 2/2 failed in the check:\nbroken.md: published: …');
    write('site/index.html', '<!doctype html>');
    expect(() => readShards([path.join(dir, '1-of-2'), path.join(dir, '2-of-2'), path.join(dir, 'site')])).toThrow(
      `Cannot merge:\n  - ${path.join(dir, '2-of-2')}: this shard failed.\nShard 2/2 failed in the check:\nbroken.md: published: …\n  - ${path.join(dir, 'site')}: not a shard's folder (it has no _shard.json)`,
    );
    expect(() => readShards([])).toThrow('No shard folders given');
    expect(() => readShards([path.join(dir, '3-of-3')])).toThrow(
      `${path.join(dir, '3-of-3')}: no such folder; its shard did not run, or stopped before it could say why`,
    );
  });

  it('puts the shards side by side, each path once, and refuses a path with two different contents', () => {
    write('a/_shard.json', '{}');
    write('a/news/x/index.html', 'x');
    write('a/feed.xml', 'feed');
    write('b/_shard.json', '{}');
    write('b/news/y/index.html', 'y');
    write('b/feed.xml', 'feed');
    const shards = ['a', 'b'].map((name) => ({ folder: path.join(dir, name), record: record('1/2') }));
    expect(assembleShards(shards, path.join(dir, 'site')).sort()).toEqual([
      'feed.xml',
      'news/x/index.html',
      'news/y/index.html',
    ]);
    expect(readFileSync(path.join(dir, 'site/news/y/index.html'), 'utf8')).toBe('y');
    write('b/feed.xml', 'another feed');
    expect(() => assembleShards(shards, path.join(dir, 'site-2'))).toThrow(
      `two shards wrote 1 path with different bytes:\n  - feed.xml: ${path.join(dir, 'a')} and ${path.join(dir, 'b')} differ`,
    );
  });
});
