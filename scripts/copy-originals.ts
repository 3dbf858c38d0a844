// `npm run copy-originals -- <folder>`: with IMAGE_SERVICE=thumbor, copies the original of every photo the
// published articles show, and of their authors' photos, into <folder> under the name the service reads it by (a hash of its bytes in
// the name: lib/images/service-images.ts). <folder> is Thumbor's FILE_LOADER_ROOT_PATH, or a folder synced
// to the storage its loader reads. Copies only what is not there yet; never deletes. Exit code 1 when the
// content or a photo is invalid (as npm run check says) or no folder is given.
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { contentDir, getRegistry } from '../lib/articles';
import { ContentError } from '../lib/content/content-error';
import { loadArticles } from '../lib/content/load-articles';
import { readPublishingRules, selectPublished } from '../lib/content/publishing';
import { checkAuthorPhotos, withPortraits } from '../lib/images/author-photos';
import { checkImages, publishedRequests } from '../lib/images/check-images';
import { serviceOriginals } from '../lib/images/service-images';

const target = process.argv[2];
if (!target) {
  console.error(
    'usage: npm run copy-originals -- <folder>   (the folder Thumbor reads originals from: its FILE_LOADER_ROOT_PATH)',
  );
  process.exit(1);
}
const root = process.cwd();
try {
  const dir = contentDir();
  const articles = loadArticles(dir);
  const cacheDir = path.join(root, '.cache', 'images');
  const images = await checkImages(articles, { contentDir: dir, rootDir: root, cacheDir });
  const portraits = await checkAuthorPhotos(getRegistry(), { contentDir: dir, rootDir: root, cacheDir });
  if (images.problems.length + portraits.problems.length > 0)
    throw new ContentError([...images.problems, ...portraits.problems]);
  const { published } = selectPublished(articles, readPublishingRules());
  // The same photos the build asks the service for (scripts/check.ts): the articles' and their authors'.
  const requests = withPortraits(
    publishedRequests(images.requests, published),
    portraits.requests,
    getRegistry(),
    published,
  );
  const originals = await serviceOriginals(requests, cacheDir);
  mkdirSync(target, { recursive: true });
  let copied = 0;
  for (const { file, name } of originals) {
    const destination = path.join(target, name);
    if (existsSync(destination)) continue;
    // Whole or not at all: the service never reads half a file.
    copyFileSync(file, `${destination}.part`);
    renameSync(`${destination}.part`, destination);
    copied += 1;
  }
  console.log(
    `${copied} original${copied === 1 ? '' : 's'} copied to ${target}, ${originals.length - copied} already there.`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  console.error('Fix these in the files named, then run npm run copy-originals again.');
  process.exit(1);
}
