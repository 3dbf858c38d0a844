import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cameraJpeg } from '../../tests/helpers/camera-photos';
import { formatProblem } from '../content/content-error';
import { readRegistry } from '../content/registry';
import { TEST_TOPICS } from '@/tests/helpers/registry';
import { checkAuthorPhotos, withoutPortraits } from './author-photos';

let root: string;
let content: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'author-photos-'));
  content = path.join(root, 'content');
  mkdirSync(path.join(content, 'images'), { recursive: true });
  writeFileSync(path.join(content, 'images', 'portrait.jpg'), await cameraJpeg(800, 1000, 7));
  writeFileSync(path.join(content, 'images', 'tiny.jpg'), await cameraJpeg(200, 250, 8));
  writeFileSync(path.join(content, 'images', 'broken.jpg'), 'not a photo');
  writeFileSync(path.join(content, 'topics.yml'), TEST_TOPICS);
});

async function check(photos: Record<string, string>) {
  const authors = Object.entries(photos)
    .map(([id, src]) => `${id}:\n  name: { en: ${id} }\n  photo:\n    src: ${src}\n    focus: top\n`)
    .join('');
  writeFileSync(path.join(content, 'authors.yml'), authors);
  const { registry } = readRegistry(content, root, ['en']);
  return checkAuthorPhotos(registry, { contentDir: content, rootDir: root, cacheDir: path.join(root, 'cache') });
}

describe('checkAuthorPhotos', () => {
  it('asks the photo pipeline for each author’s photo as for a photo of the text, with no crops (CSS cuts it around its focus)', async () => {
    const { problems, requests } = await check({ zmitser: 'images/portrait.jpg' });
    expect(problems).toEqual([]);
    expect(requests).toEqual([
      { src: 'images/portrait.jpg', file: path.join(content, 'images/portrait.jpg'), focuses: [] },
    ]);
  });

  it.each([
    [
      'a missing file',
      'images/missing.jpg',
      'content/authors.yml: zmitser.photo.src (line 4): "images/missing.jpg" is not valid; there is no file content/images/missing.jpg; save the original there, or correct the name',
    ],
    [
      'a file that is not a photo',
      'images/broken.jpg',
      expect.stringMatching(
        /^content\/authors\.yml: zmitser\.photo\.src \(line 4\): "images\/broken\.jpg" is not valid; the file cannot be read as a photo \(.*\); it may be damaged or incomplete: export it again as JPEG$/,
      ),
    ],
    [
      'a photo too small to show',
      'images/tiny.jpg',
      'content/authors.yml: zmitser.photo.src (line 4): "images/tiny.jpg" is not valid; the photo is 200 px wide; an author’s photo must be at least 360 px wide: use a larger original',
    ],
  ])('refuses %s, naming the file, the field, its line and the fix', async (_, src, message) => {
    expect((await check({ zmitser: src })).problems.map(formatProblem)).toEqual([message]);
  });

  it('takes an author’s photo out of the warning about originals no article uses', async () => {
    const { requests } = await check({ zmitser: 'images/portrait.jpg' });
    const warnings = [
      'content/images/portrait.jpg: no article uses this file; add it to an article or delete it',
      'content/images/tiny.jpg: no article uses this file; add it to an article or delete it',
    ];
    expect(withoutPortraits(warnings, requests, { contentDir: content, rootDir: root })).toEqual([warnings[1]]);
  });
});
