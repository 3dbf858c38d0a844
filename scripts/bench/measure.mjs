// @ts-check
// What every benchmark measures with: timed builds, bytes as served, Lighthouse runs.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { samplePeakMemory } from './process-tree.mjs';

export const root = path.resolve(import.meta.dirname, '../..');
export const outDir = path.join(root, 'out');
export const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const chromeFlags =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';

/** @param {Record<string, string>} env @returns {number} seconds */
export function timedBuild(env) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

/**
 * Builds with `env` while sampling the memory of the whole process tree (the build, the check, Next
 * and its workers). Returns the wall-clock seconds, the peak resident bytes of all processes summed,
 * the CPU seconds of all of them (user and system), and the seconds of each step as scripts/build.mjs
 * reports them. Needs GNU time (/usr/bin/time, Debian's `time` package).
 * @param {Record<string, string>} env
 * @returns {Promise<{ seconds: number, cpuSeconds: number, peakBytes: number, steps: Record<string, number>, output: string }>}
 */
export function measuredBuild(env) {
  return measuredRun('scripts/build.mjs', [], env);
}

/**
 * Runs `script` (below the project) with `args` and `env` as measuredBuild measures a build.
 * @param {string} script @param {string[]} args @param {Record<string, string>} env
 * @returns {Promise<{ seconds: number, cpuSeconds: number, peakBytes: number, steps: Record<string, number>, output: string }>}
 */
export function measuredRun(script, args, env) {
  const started = performance.now();
  // GNU time reports the CPU seconds of the whole tree (every process waited for), which a busy
  // shared machine disturbs less than the wall-clock time.
  const cpuFile = path.join(os.tmpdir(), `build-cpu-${process.pid}.txt`);
  const child = spawn(
    '/usr/bin/time',
    ['-f', '%U %S', '-o', cpuFile, process.execPath, path.join(root, script), ...args],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stop = samplePeakMemory(/** @type {number} */ (child.pid));
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      const peakBytes = stop();
      if (code !== 0) return reject(new Error(`${script} failed:\n${output}`));
      const stepsLine = /^Steps: (.*)$/m.exec(output)?.[1] ?? '';
      const steps = Object.fromEntries(
        [...stepsLine.matchAll(/([a-z-]+) ([\d.]+) s/g)].map((m) => [m[1] ?? '', Number(m[2])]),
      );
      const [user = NaN, system = NaN] = readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
      rmSync(cpuFile, { force: true });
      resolve({ seconds: (performance.now() - started) / 1000, cpuSeconds: user + system, peakBytes, steps, output });
    });
  });
}

/** @param {string} file relative to out/ */
export function bytesOf(file) {
  const data = readFileSync(path.join(outDir, file));
  return {
    raw: data.byteLength,
    gzip: gzipSync(data, { level: 9 }).byteLength,
    brotli: brotliCompressSync(data).byteLength,
  };
}

/** Runs the Lighthouse CLI asynchronously: the server it measures lives in this process. @param {string} url */
async function lighthouse(url) {
  const report = path.join(os.tmpdir(), `lh-${process.pid}.json`);
  try {
    await promisify(execFile)(
      path.join(root, 'node_modules/.bin/lighthouse'),
      [url, '--quiet', '--output=json', `--output-path=${report}`, `--chrome-flags=${chromeFlags}`],
      { env: { ...process.env, CHROME_PATH: chrome } },
    );
  } catch (error) {
    // The CLI exits non-zero when it lost the trace (NO_NAVSTART): that run did not happen either.
    if (String(/** @type {{ stderr?: string }} */ (error).stderr).includes('Runtime error')) return undefined;
    throw error;
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(report);
  // Lighthouse sometimes loses the trace on a busy machine (NO_NAVSTART): that run did not happen.
  if (result.runtimeError) return undefined;
  const score = (/** @type {string} */ id) => Math.round((result.categories[id]?.score ?? 0) * 100);
  const requests = result.audits['network-requests'].details.items;
  return {
    performance: score('performance'),
    scores: `${score('performance')} / ${score('accessibility')} / ${score('best-practices')} / ${score('seo')}`,
    lcp: result.audits['largest-contentful-paint'].displayValue,
    lcpMs: Math.round(result.audits['largest-contentful-paint'].numericValue),
    cls: result.audits['cumulative-layout-shift'].displayValue,
    tbt: result.audits['total-blocking-time'].displayValue,
    requests: requests.length,
    jsBytes: requests
      .filter((/** @type {{ resourceType: string }} */ r) => r.resourceType === 'Script')
      .reduce(
        (/** @type {number} */ sum, /** @type {{ transferSize?: number }} */ r) => sum + (r.transferSize ?? 0),
        0,
      ),
  };
}

export const LIGHTHOUSE_RUNS = 3;

/**
 * The median of three Lighthouse runs (or `count`) by performance score, as Lighthouse's docs advise on a
 * noisy machine. @param {string} url @param {number} [count]
 */
export async function lighthouseMedian(url, count = LIGHTHOUSE_RUNS) {
  const runs = [];
  for (let attempt = 0; runs.length < count && attempt < count * 2; attempt += 1) {
    const run = await lighthouse(url);
    if (run) runs.push(run);
  }
  if (runs.length === 0) throw new Error(`Lighthouse could not measure ${url}`);
  runs.sort((a, b) => a.performance - b.performance);
  return runs[Math.floor(runs.length / 2)];
}
