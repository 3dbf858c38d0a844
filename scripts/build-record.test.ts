import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { codeFiles, envFilesProblem, intlRuntime, recordBuild, whyBuild } from './build-record.mjs';

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

  it('builds again when Node.js’s ICU (every date and plural comes from Intl) is another', () => {
    const other = { ...process.versions, icu: '99.1', cldr: '99.0' };
    expect(whyBuild(root, out, SETTINGS, NOW, intlRuntime(other))).toBe(
      'Node.js’s ICU (Intl: dates, plurals, sorting) changed since the last build',
    );
  });

  it('builds again once an embargo has lifted', () => {
    recordBuild(root, out, SETTINGS, { nextRelease: '2026-11-25T11:00:00.000Z' });
    expect(whyBuild(root, out, SETTINGS, NOW)).toBe('an embargo lifted at 2026-11-25T11:00:00.000Z');
  });
});

describe('codeFiles, the page cache’s site key', () => {
  it('changes with Node.js’s ICU, as the code does', () => {
    expect(codeFiles(root, intlRuntime({ ...process.versions, icu: '99.1' }))).not.toEqual(codeFiles(root));
    expect(intlRuntime()).toBe(
      `icu ${process.versions.icu}, unicode ${process.versions.unicode}, cldr ${process.versions.cldr}, tz ${process.versions.tz}`,
    );
  });
});

describe('envFilesProblem', () => {
  it('accepts a project without .env files', () => {
    expect(envFilesProblem(root)).toBe('');
  });

  it('refuses the .env files next build would read and the check and npm start would not', () => {
    write('.env.local', 'SITE_URL=https://news.example.org\n');
    write('.env.production', 'SITE_NAME=Daily\n');
    write('.env.example', 'SITE_URL=\n');
    expect(envFilesProblem(root)).toBe(
      '.env.local, .env.production: next build would read settings from these files, which npm run check and npm start do not read, so the site would be built with other settings than were checked; set the variables in the environment instead (e.g. SITE_URL=https://news.example.org npm run build) and delete or rename the files',
    );
  });
});
