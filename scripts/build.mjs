// @ts-check
// `npm run build`: Next's static export into out/, made framework-free (see build-steps/), then a
// record of what it was built for. With OUT_DIR set (fixture sites for the tests) the finished export
// is moved there instead, and out/ keeps no record: Next itself always exports into out/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finishExport } from './build-steps/finish-export.mjs';

const root = path.resolve(import.meta.dirname, '..');
// One moment for the whole build, so every page and feed agrees on which embargoes have lifted.
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  BUILD_TIME: process.env.BUILD_TIME || new Date().toISOString(),
};
const outDir = path.join(root, 'out');
const target = process.env.OUT_DIR ? path.resolve(root, process.env.OUT_DIR) : outDir;
rmSync(outDir, { recursive: true, force: true });
const started = performance.now();
// Content first: an editor's mistake is reported in plain words before Next prints anything.
const reportFile = path.join(mkdtempSync(path.join(tmpdir(), 'content-report-')), 'report.json');
const check = spawnSync(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'scripts/check.ts'), '--report', reportFile, '--derive'],
  {
    cwd: root,
    stdio: 'inherit',
    env,
  },
);
if (check.status !== 0) process.exit(check.status ?? 1);
const { nextRelease } = JSON.parse(readFileSync(reportFile, 'utf8'));
const next = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env,
});
if (next.status !== 0) process.exit(next.status ?? 1);
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
const finished = await finishExport({ root, outDir, siteUrl });
if (target === outDir) {
  mkdirSync(path.join(root, '.next'), { recursive: true });
  writeFileSync(path.join(root, '.next', 'site-build.json'), JSON.stringify({ siteUrl, nextRelease }));
} else {
  rmSync(target, { recursive: true, force: true });
  renameSync(outDir, target);
}
console.log(
  `Site built into ${path.relative(root, target)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s: ${finished.pages} pages, no framework JavaScript, ${finished.scriptBytes} bytes of enhancement script`,
);
