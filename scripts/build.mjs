// @ts-check
// `npm run build`: Next's static export into out/, made framework-free (see build-steps/), then a
// record of what it was built for.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { finishExport } from './build-steps/finish-export.mjs';

const root = path.resolve(import.meta.dirname, '..');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
rmSync(path.join(root, 'out'), { recursive: true, force: true });
const started = performance.now();
const next = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env,
});
if (next.status !== 0) process.exit(next.status ?? 1);
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
const finished = await finishExport({ root, outDir: path.join(root, 'out'), siteUrl });
mkdirSync(path.join(root, '.next'), { recursive: true });
writeFileSync(
  path.join(root, '.next', 'site-build.json'),
  JSON.stringify({ siteUrl }),
);
console.log(
  `Site built into out/ in ${((performance.now() - started) / 1000).toFixed(1)} s: ${finished.pages} pages, no framework JavaScript, ${finished.scriptBytes} bytes of enhancement script`,
);
