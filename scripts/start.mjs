// @ts-check
// `npm start`: builds the site when out/ is missing or was made from other inputs or settings (see
// build-record.mjs), then serves it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { envFilesProblem, whyBuild } from './build-record.mjs';
import { listen } from './site-server.mjs';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'out');

/** @type {typeof import('../lib/site-config')} */
const { readBuildSettings } = await tsImport('../lib/site-config.ts', import.meta.url);
let settings;
try {
  settings = readBuildSettings(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
// Settings come from the environment only: a .env file would build the site with settings nothing checked.
const envFiles = envFilesProblem(root);
if (envFiles) {
  console.error(envFiles);
  process.exit(1);
}

const reason = whyBuild(root, outDir, settings, Date.now());
if (reason) {
  console.log(`Building the site (${reason})…`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = Number(process.env.PORT ?? 3000);
const { origin } = await listen(outDir, port, process.env.HOST ?? '0.0.0.0');
console.log(`Serving out/ on ${origin.replace('0.0.0.0', 'localhost')} (Ctrl+C to stop)`);
