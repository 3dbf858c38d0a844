import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cameraJpeg } from '../../tests/helpers/camera-photos';
import { formatProblem } from '../content/content-error';
import { loadArticles } from '../content/load-articles';
import { writeTestRegistry } from '@/tests/helpers/registry';
import { checkImages, publishedRequests } from './check-images';
import { deriveImages } from './derive-images';
import { resolveImageFrom } from './image-catalog';

let root: string;
let content: string;

function article(name: string, image: string, body = 'The body.\n'): void {
  writeFileSync(
    path.join(content, `${name}.md`),
    `---\nid: ${name}\nheadline: H\nslug: ${name}\npublished: 2018-10-24\nauthor: A B\nstandfirst: S.\ntopics:\n  - Belarus\nlanguage: en\n${image}source:\n  name: Belsat TV\n  url: https://belsat.eu/x/\n---\n\n${body}`,
  );
}
const lead = (src: string, focus = 'center') => `image:\n  src: ${src}\n  alt: A photo\n  focus: ${focus}\n`;

async function check() {
  return checkImages(loadArticles(content, root), {
    contentDir: content,
    rootDir: root,
    cacheDir: path.join(root, 'cache'),
  });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'check-images-'));
  content = path.join(root, 'content');
  mkdirSync(path.join(content, 'images'), { recursive: true });
  writeTestRegistry(content);
  const write = (name: string, bytes: Buffer) => writeFileSync(path.join(content, 'images', name), bytes);
  write('good.jpg', await cameraJpeg(1600, 1000, 1));
  write('narrow.jpg', await cameraJpeg(1000, 700, 2));
  write('letterbox.jpg', await cameraJpeg(1600, 600, 6));
  const whole = await cameraJpeg(1600, 1000, 3);
  write('cut.jpg', whole.subarray(0, Math.floor(whole.length / 2)));
  write('not-a-photo.jpg', Buffer.from('This is a text file someone renamed.\n'));
  write(
    'animated.png',
    await sharp(await cameraJpeg(1600, 1000, 4))
      .gif()
      .toBuffer(),
  );
  write('forgotten.jpg', await cameraJpeg(400, 300, 5));
  write('huge.jpg', Buffer.alloc(0));
  truncateSync(path.join(content, 'images', 'huge.jpg'), 26_000_000);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('checkImages', () => {
  it('passes good photos and asks to derive each original once, with the focus of every article leading with it', async () => {
    article('one', lead('images/good.jpg'));
    article('two', '', '![A photo](images/good.jpg "Caption")\n\n![A narrow one](images/narrow.jpg)\n');
    article('three', lead('images/good.jpg', 'top'));
    const result = await check();
    expect(result.problems).toEqual([]);
    expect(result.requests.map(({ src, focuses }) => [src, focuses])).toEqual([
      ['images/good.jpg', ['center', 'top']],
      ['images/narrow.jpg', []],
    ]);
    for (const name of ['one', 'two', 'three']) rmSync(path.join(content, `${name}.md`));
  });

  it('warns of an original no article uses, without stopping the build', async () => {
    const { warnings } = await check();
    expect(warnings).toContain(
      'content/images/forgotten.jpg: no article uses this file; add it to an article or delete it',
    );
  });

  it.each([
    [
      'a missing file',
      lead('images/missing.jpg'),
      'content/x.md: image.src: "images/missing.jpg" is not valid; there is no file content/images/missing.jpg; save the original there, or correct the name',
    ],
    [
      'a lead photo too narrow for share previews',
      lead('images/narrow.jpg'),
      'content/x.md: image.src: "images/narrow.jpg" is not valid; the photo is 1000×700 px; a lead photo must be at least 1200×630 px, the size of a share preview, so that it is never enlarged: use a larger original',
    ],
    [
      'a lead photo too low for share previews',
      lead('images/letterbox.jpg'),
      'content/x.md: image.src: "images/letterbox.jpg" is not valid; the photo is 1600×600 px; a lead photo must be at least 1200×630 px, the size of a share preview, so that it is never enlarged: use a larger original',
    ],
    [
      'an original over 25 MB',
      lead('images/huge.jpg'),
      'content/x.md: image.src: "images/huge.jpg" is not valid; the original is 26.0 MB; an original may be at most 25 MB: export it again as a JPEG at quality 90',
    ],
    [
      'a format we do not take, whatever its name says',
      lead('images/animated.png'),
      'content/x.md: image.src: "images/animated.png" is not valid; the file is GIF, a format not taken; save the photo as JPEG (or PNG, WebP, AVIF)',
    ],
  ])('refuses %s, naming the article, the field and the fix', async (_, image, expected) => {
    article('x', image);
    const { problems } = await check();
    expect(problems.map(formatProblem)).toEqual([expected]);
    rmSync(path.join(content, 'x.md'));
  });

  it.each([
    ['a truncated photo', 'images/cut.jpg'],
    ['a text file named .jpg', 'images/not-a-photo.jpg'],
  ])('refuses %s as unreadable, in the body too, with its line', async (_, src) => {
    article('x', '', `Text.\n\n![A photo](${src})\n`);
    const { problems } = await check();
    const messages = problems.map(formatProblem);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      new RegExp(
        `^content/x\\.md: body \\(line 18\\): "${src}" is not valid; the file cannot be read as a photo \\(.+\\); it may be damaged or incomplete: export it again as JPEG$`,
      ),
    );
    rmSync(path.join(content, 'x.md'));
  });
});

describe('one photo leading two articles', () => {
  /** The mean difference per channel between two images of the same size, 0 to 255. */
  const difference = (a: Buffer, b: Buffer) =>
    a.reduce((sum, value, i) => sum + Math.abs(value - (b[i] ?? 0)), 0) / a.length;

  it('cuts each article’s share image, search-engine crops and thumbnails around that article’s own focus', async () => {
    article('sky', lead('images/good.jpg', 'top-left'));
    article('ground', lead('images/good.jpg', 'bottom-right'));
    const { problems, requests } = await check();
    expect(problems).toEqual([]);
    const outDir = path.join(root, 'out-focus');
    const { catalog } = await deriveImages(requests, { cacheDir: path.join(root, 'cache'), outDir });
    const articles = loadArticles(content, root, resolveImageFrom(catalog));
    const original = path.join(content, 'images', 'good.jpg');
    for (const [slug, position] of [
      ['sky', 'left top'],
      ['ground', 'right bottom'],
    ] as const) {
      const rendition = articles.find((found) => found.slug === slug)?.image?.rendition;
      const files = [...Object.values(rendition?.crops ?? {}), ...(rendition?.thumbs?.jpeg ?? [])];
      expect(files, slug).toHaveLength(6);
      for (const file of files) {
        const cut = (position: string) =>
          sharp(original).resize({ width: file.width, height: file.height, fit: 'cover', position }).raw().toBuffer();
        const made = await sharp(path.join(outDir, path.basename(file.path)))
          .raw()
          .toBuffer();
        const other = position === 'left top' ? 'right bottom' : 'left top';
        expect(difference(made, await cut(position)), `${slug} ${file.path}`).toBeLessThan(
          difference(made, await cut(other)),
        );
      }
    }
    rmSync(path.join(content, 'sky.md'));
    rmSync(path.join(content, 'ground.md'));
  }, 60_000);
});

describe('publishedRequests', () => {
  it('keeps the photos published articles show, with only their focuses', async () => {
    article('shown', lead('images/good.jpg', 'top'));
    article('waiting', lead('images/good.jpg', 'bottom'), '![A narrow one](images/narrow.jpg)\n');
    const { requests } = await check();
    const shown = loadArticles(content, root).filter((found) => found.slug === 'shown');
    expect(publishedRequests(requests, shown).map(({ src, focuses }) => [src, focuses])).toEqual([
      ['images/good.jpg', ['top']],
    ]);
    for (const name of ['shown', 'waiting']) rmSync(path.join(content, `${name}.md`));
  });
});
