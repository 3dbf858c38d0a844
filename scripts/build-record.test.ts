import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordBuild, whyBuild } from './build-record.mjs';

let root: string;
let out: string;
const NOW = Date.parse('2026-11-25T12:00:00Z');
const SETTINGS = {
  SITE_URL: 'http://localhost:3000',
  SITE_NAME: 'The Minsk Dispatch',
  LIST_PAGE_SIZE: '20',
  LIVE_PAGE_SIZE: '20',
  CONTENT_DIR: 'content',
};
const write = (file: string, text = 'x') => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'build-record-'));
  out = path.join(root, 'out');
  for (const file of ['app/page.tsx', 'client/enhance.ts', 'content/a.md', 'lib/x.ts', 'tsconfig.json', 'package.json'])
    write(file);
  write('out/index.html');
});

describe('whyBuild', () => {
  it('builds when there is no build yet', () => {
    expect(whyBuild(root, out, SETTINGS, NOW)).toBe('no build yet');
  });
});

describe('whyBuild after a build', () => {
  beforeEach(() => recordBuild(root, out, SETTINGS, { nextRelease: null }));

  it('serves the build when nothing changed', () => {
    expect(whyBuild(root, out, SETTINGS, NOW)).toBe('');
  });

  it.each(['client/enhance.ts', 'tsconfig.json', 'package.json', 'content/a.md', 'lib/x.ts'])(
    'builds again when %s changed, whatever its modification time',
    (file) => {
      write(file, 'changed');
      expect(whyBuild(root, out, SETTINGS, NOW)).toBe(`${file} changed since the last build`);
    },
  );

  it('builds again when a photo original changes, but not when another build rewrote the derived photos', () => {
    write('public/images/x-720.0123456789.avif', 'another site’s photo');
    write('public/qr/0123456789abcdef.svg', '<svg/>');
    expect(whyBuild(root, out, SETTINGS, NOW)).toBe('');
    write('content/images/shoigu.jpg', 'a new original');
    expect(whyBuild(root, out, SETTINGS, NOW)).toBe('content/images/shoigu.jpg changed since the last build');
  });

  it('builds again when an article is added or removed', () => {
    write('content/b.md');
    expect(whyBuild(root, out, SETTINGS, NOW)).toBe('content/b.md changed since the last build');
    rmSync(path.join(root, 'content/b.md'));
    rmSync(path.join(root, 'content/a.md'));
    expect(whyBuild(root, out, SETTINGS, NOW)).toBe('content/a.md was removed since the last build');
  });

  it.each([
    ['SITE_URL', 'https://news.example.org'],
    ['SITE_NAME', 'The Daily'],
    ['LIST_PAGE_SIZE', '5'],
    ['CONTENT_DIR', 'elsewhere'],
  ])('builds again when %s changed', (name, value) => {
    expect(whyBuild(root, out, { ...SETTINGS, [name]: value }, NOW)).toBe(`${name} changed to ${value}`);
  });

  it('builds again once an embargo has lifted', () => {
    recordBuild(root, out, SETTINGS, { nextRelease: '2026-11-25T11:00:00.000Z' });
    expect(whyBuild(root, out, SETTINGS, NOW)).toBe('an embargo lifted at 2026-11-25T11:00:00.000Z');
  });
});
