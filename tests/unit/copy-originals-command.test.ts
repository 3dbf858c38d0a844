// `npm run copy-originals -- <folder>`: the originals of published photos, copied where an image
// service reads them, under the names the build's URLs use.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cameraJpeg } from '../helpers/camera-photos';

const root = path.resolve(import.meta.dirname, '../..');
let content: string;
let target: string;

const article = (slug: string, image: string, published = '2018-10-24', author = 'Test Author') =>
  `---\nid: ${slug}\nheadline: H\nslug: ${slug}\npublished: ${published}\nauthor: ${author}\nstandfirst: S.\ntopics:\n  - Minsk\nlanguage: en\nimage:\n  src: ${image}\n  alt: A photo\nsource:\n  name: Belsat TV\n  url: https://belsat.eu/x/\n---\n\nThe body.\n`;

function copyOriginals(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/copy-originals.ts', ...args], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copy-originals-'));
  content = path.join(dir, 'content');
  target = path.join(dir, 'originals');
  mkdirSync(path.join(content, 'images'), { recursive: true });
  for (const name of ['authors.yml', 'topics.yml'])
    copyFileSync(path.join(root, 'tests/fixtures/photos', name), path.join(content, name));
  writeFileSync(path.join(content, 'images', 'Minsk Square.JPG'), await cameraJpeg(1600, 1000, 1));
  writeFileSync(path.join(content, 'images', 'embargoed.jpg'), await cameraJpeg(1600, 1000, 2));
  // authors.yml gives Zmitser Mitskevich a photo: his page shows it, so the service needs it too.
  writeFileSync(path.join(content, 'images', 'author-portrait.jpg'), await cameraJpeg(800, 1000, 3));
  writeFileSync(path.join(content, 'published.md'), article('published', 'images/Minsk Square.JPG'));
  writeFileSync(path.join(content, 'later.md'), article('later', 'images/embargoed.jpg', '2999-01-01'));
  writeFileSync(
    path.join(content, 'by-zmitser.md'),
    article('by-zmitser', 'images/Minsk Square.JPG', '2018-10-25', 'Zmitser Mitskevich'),
  );
});
afterAll(() => rmSync(path.dirname(content), { recursive: true, force: true }));

describe('npm run copy-originals', () => {
  it('copies each published photo’s original and its authors’ photos, byte for byte, under its stem and a hash of its bytes', () => {
    const { status, stdout } = copyOriginals(target);
    expect(status).toBe(0);
    expect(stdout).toContain(`2 originals copied to ${target}, 0 already there.`);
    const copied = (file: string, stem: string) => {
      const original = readFileSync(path.join(content, 'images', file));
      const name = `${stem}.${createHash('sha256').update(original).digest('hex').slice(0, 12)}.jpg`;
      expect(readFileSync(path.join(target, name)).equals(original)).toBe(true);
      return name;
    };
    expect(readdirSync(target).sort()).toEqual(
      [copied('author-portrait.jpg', 'author-portrait'), copied('Minsk Square.JPG', 'minsk-square')].sort(),
    );
  });

  it('copies nothing already there, and leaves an embargoed story’s photo out', () => {
    const { status, stdout } = copyOriginals(target);
    expect(status).toBe(0);
    expect(stdout).toContain(`0 originals copied to ${target}, 2 already there.`);
    expect(readdirSync(target).some((name) => name.startsWith('embargoed'))).toBe(false);
  });

  it('says how to use it when no folder is given', () => {
    const { status, stderr } = copyOriginals();
    expect(status).toBe(1);
    expect(stderr).toContain('usage: npm run copy-originals -- <folder>');
  });
});
