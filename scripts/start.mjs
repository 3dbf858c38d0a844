// @ts-check
// `npm start`: builds the site when out/ is missing or older than its sources, then serves it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { listen } from './site-server.mjs';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'out');
const infoFile = path.join(root, '.next', 'site-build.json');
const sources = ['app', 'components', 'content', 'lib', 'public', 'scripts', 'next.config.ts', 'package-lock.json'];
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';

/** @param {string} target @returns {number} newest modification time below target */
function newest(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newest(path.join(target, name))));
}

function needsBuild() {
  if (!existsSync(path.join(outDir, 'index.html')) || !existsSync(infoFile)) return 'no build yet';
  const info = JSON.parse(readFileSync(infoFile, 'utf8'));
  if (info.siteUrl !== siteUrl) return `SITE_URL changed to ${siteUrl}`;
  if (info.nextRelease && Date.parse(info.nextRelease) <= Date.now()) return `an embargo lifted at ${info.nextRelease}`;
  const builtAt = statSync(infoFile).mtimeMs;
  const changed = sources.find((source) => newest(path.join(root, source)) > builtAt);
  return changed ? `${changed} changed since the last build` : '';
}

const reason = needsBuild();
if (reason) {
  console.log(`Building the site (${reason})…`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = Number(process.env.PORT ?? 3000);
const { origin } = await listen(outDir, port, process.env.HOST ?? '0.0.0.0');
console.log(`Serving out/ on ${origin.replace('0.0.0.0', 'localhost')} (Ctrl+C to stop)`);
