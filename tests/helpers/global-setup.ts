import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { listen } from '../../scripts/site-server.mjs';
import { chromePath } from './chromium';
import { nginxPath } from './nginx';
import { requirePoppler } from './pdf';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    /** The fixture site (tests/fixtures/site: hostile, moved, draft and embargoed articles). */
    fixtureOrigin: string;
    /** The photo site (tests/fixtures/photos: lead photos and figures of every shape). */
    photoOrigin: string;
  }
}

const OUT = path.resolve(import.meta.dirname, '../../out');
const FIXTURE_OUT = path.resolve(import.meta.dirname, '../../out-fixtures');
const PHOTO_OUT = path.resolve(import.meta.dirname, '../../out-photos');

/** Serves the built site and the fixture site on free loopback ports for the browser and build-output tests. */
export default async function setup(project: TestProject) {
  chromePath();
  requirePoppler();
  nginxPath();
  if (!existsSync(path.join(OUT, 'index.html'))) {
    throw new Error('out/ is not built: run "npm run build" first (npm test does it for you).');
  }
  if (!existsSync(path.join(FIXTURE_OUT, 'index.html'))) {
    throw new Error('out-fixtures/ is not built: run "npm run build:fixtures" first (npm test does it for you).');
  }
  if (!existsSync(path.join(PHOTO_OUT, 'index.html'))) {
    throw new Error('out-photos/ is not built: run "npm run build:photos" first (npm test does it for you).');
  }
  const site = await listen(OUT, 0);
  const fixtures = await listen(FIXTURE_OUT, 0);
  const photos = await listen(PHOTO_OUT, 0);
  project.provide('origin', site.origin);
  project.provide('fixtureOrigin', fixtures.origin);
  project.provide('photoOrigin', photos.origin);
  const close = (server: typeof site.server) => new Promise<void>((resolve) => server.close(() => resolve()));
  return () => Promise.all([close(site.server), close(fixtures.server), close(photos.server)]).then(() => undefined);
}
