import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { listen } from '../../scripts/site-server.mjs';
import { chromePath } from './chromium';
import { requirePoppler } from './pdf';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

const OUT = path.resolve(import.meta.dirname, '../../out');

/** Serves the built site on a free loopback port for the browser and build-output tests. */
export default async function setup(project: TestProject) {
  chromePath();
  requirePoppler();
  if (!existsSync(path.join(OUT, 'index.html'))) {
    throw new Error('out/ is not built: run "npm run build" first (npm test does it for you).');
  }
  const { server, origin } = await listen(OUT, 0);
  project.provide('origin', origin);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
