import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cameraJpeg } from '../helpers/camera-photos';

const root = path.resolve(import.meta.dirname, '../..');
const flags = [
  '--author',
  'Zmitser Mitskevich',
  '--topic',
  'Belarus',
  '--source-name',
  'Belsat TV',
  '--source-url',
  'https://naviny.belsat.eu/en/news/x/',
];
let dir: string;

type Run = { status: number; stdout: string; stderr: string };

/** Runs a script the way npm does, against the temporary content folder, without NEWSROOM_AUTHOR. */
function run(script: string, args: readonly string[] = []): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: dir };
  delete env.NEWSROOM_AUTHOR;
  try {
    const stdout = execFileSync('node', ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
      cwd: root,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
    return { status, stdout, stderr };
  }
}

describe('npm run new', { timeout: 20_000 }, () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-new-'));
    for (const name of readdirSync(path.join(root, 'content'))) {
      if (name.endsWith('.md') || name.endsWith('.yml'))
        copyFileSync(path.join(root, 'content', name), path.join(dir, name));
    }
    // The newsroom's own pages, which site.yml's policies name.
    cpSync(path.join(root, 'content', 'pages'), path.join(dir, 'pages'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a draft at the slug path that npm run check accepts', () => {
    const made = run('new', ['Лукашэнка сустрэўся з Шойгу', '--language', 'be', ...flags]);
    const file = path.join(dir, 'lukashenka-sustrewsya-z-shoyhu.md');
    expect(made.status).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(made.stdout).toContain('lukashenka-sustrewsya-z-shoyhu.md (a draft)');
    expect(made.stdout).toContain('run npm run check, then set draft: false to publish');

    const checked = run('check');
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain('2 valid articles');
  });

  it('refuses to overwrite the file of the same headline, naming it', () => {
    const again = run('new', ['Лукашэнка сустрэўся з Шойгу', '--language', 'be', ...flags]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      'lukashenka-sustrewsya-z-shoyhu.md already exists; edit it, or pass another --slug for a new article',
    );
    expect(again.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses to write without an author, saying how to give one', () => {
    const anonymous = run('new', ['Another headline', ...flags.slice(2)]);
    expect(anonymous.status).toBe(1);
    expect(anonymous.stderr).toContain('no author: pass --author "Full Name" (or set NEWSROOM_AUTHOR)');
    expect(existsSync(path.join(dir, 'another-headline.md'))).toBe(false);
  });

  it('copies a photo into content/images/ and fills the image block for the editor to complete', async () => {
    const photo = path.join(dir, '..', `${path.basename(dir)}-camera.jpg`);
    writeFileSync(photo, await cameraJpeg(1600, 1067, 7));
    const made = run('new', ['Shoigu arrives in Minsk', '--image', photo, ...flags]);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('images/shoigu-arrives-in-minsk.jpg');
    expect(readFileSync(path.join(dir, 'images', 'shoigu-arrives-in-minsk.jpg'))).toEqual(readFileSync(photo));
    const file = path.join(dir, 'shoigu-arrives-in-minsk.md');
    expect(readFileSync(file, 'utf8')).toContain('image:\n  src: images/shoigu-arrives-in-minsk.jpg\n  alt: ');

    // The check says what is left to do: the caption and credit, written or deleted.
    const unfinished = run('check');
    expect(unfinished.status).toBe(1);
    expect(unfinished.stderr).toContain(
      'shoigu-arrives-in-minsk.md: image.caption: "" is not valid; write the caption',
    );
    expect(unfinished.stderr).toContain('shoigu-arrives-in-minsk.md: image.credit: "" is not valid; name who took');

    writeFileSync(file, readFileSync(file, 'utf8').replace(/^  (caption|credit): .*\n/gm, ''));
    expect(run('check').status).toBe(0);

    // Published with the placeholder description still in place, it is refused.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true\n/m, ''));
    const published = run('check');
    expect(published.status).toBe(1);
    expect(published.stderr).toContain(
      'shoigu-arrives-in-minsk.md: image.alt: "Describe what the photo shows, for readers who cannot see it." is not valid; replace the text npm run new wrote',
    );
    rmSync(photo);
  });
});
