// @ts-check
// What each photo file costs to make and what it is worth: for every derivative of a lead photo, the
// CPU time to encode it, its bytes and its SSIM against the original cut to the same size without loss,
// as the pipeline made them before issue 24 (22 files: AVIF, WebP and JPEG, mozjpeg, one decode per
// file) and as lib/images/derive-images.ts makes them now; AVIF's effort and quality at the widths phones
// fetch; which readers WebP still serves; and the whole pipeline's time per photo on every core.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { tsImport } from 'tsx/esm/api';
import { writeOriginals } from './originals.mjs';
import { ssimOf } from './ssim.mjs';

/** @typedef {{ kind: 'resize', width: number, format: string } | { kind: 'crop', name: string, width: number, height: number, focus: string } | { kind: 'thumb', width: number, height: number, format: string, focus: string }} Spec */
/** @typedef {{ format: 'avif' | 'webp' | 'jpeg', options: Record<string, unknown> }} Encoding */

const derive = await tsImport('../../lib/images/derive-images.ts', import.meta.url);
const plan = await tsImport('../../lib/images/image-plan.ts', import.meta.url);

/** The photographs measured one by one: the first eight, each whole (2400×1600). */
const PHOTO_COUNT = 8;

// Before issue 24 (PIPELINE_VERSION 2): three formats, mozjpeg, AVIF at effort 2 with sharp's 4:4:4 chroma.
/** @type {Spec[]} */
const BEFORE_PLAN = [
  ...[360, 720, 1080, 1600].flatMap((width) =>
    ['avif', 'webp', 'jpeg'].map((format) => /** @type {Spec} */ ({ kind: 'resize', width, format })),
  ),
  ...[
    ['share', 630],
    ['wide', 675],
    ['standard', 900],
    ['square', 1200],
  ].map(([name, height]) => /** @type {Spec} */ ({ kind: 'crop', name, width: 1200, height, focus: 'center' })),
  ...[160, 320].flatMap((width) =>
    ['avif', 'webp', 'jpeg'].map(
      (format) =>
        /** @type {Spec} */ ({ kind: 'thumb', width, height: Math.round((width * 2) / 3), format, focus: 'center' }),
    ),
  ),
];
/** @param {Spec} spec @returns {Encoding} */
function beforeEncoding(spec) {
  if (spec.kind === 'crop') return { format: 'jpeg', options: { quality: 80, mozjpeg: true } };
  const large = spec.width > 720;
  if (spec.format === 'avif') return { format: 'avif', options: { quality: large ? 40 : 50, effort: 2 } };
  if (spec.format === 'webp') return { format: 'webp', options: { quality: large ? 60 : 70, effort: 4 } };
  return { format: 'jpeg', options: { quality: large ? 66 : 72, mozjpeg: true } };
}

/** @param {Spec} spec */
const label = (spec) =>
  spec.kind === 'crop'
    ? `crop ${spec.name} (JPEG)`
    : `${spec.kind === 'thumb' ? 'thumbnail' : 'width'} ${spec.width} ${spec.format === 'jpeg' ? 'JPEG' : spec.format === 'avif' ? 'AVIF' : 'WebP'}`;

/** @param {Spec} spec @param {import('sharp').Sharp} image */
function shape(spec, image) {
  return spec.kind === 'resize'
    ? image.resize({ width: spec.width })
    : image.resize({ width: spec.width, height: spec.height, fit: 'cover', position: 'centre' });
}

/** CPU milliseconds of `work` (this process, every thread; nothing else runs meanwhile). @template T @param {() => Promise<T>} work */
async function cpuTimed(work) {
  const before = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(before);
  return { result, ms: (used.user + used.system) / 1000 };
}

/** The original cut to `spec`'s size without loss, as raw pixels: what SSIM compares against. @param {Buffer} original @param {Spec} spec */
const reference = (original, spec) =>
  shape(spec, sharp(original).rotate()).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });

/** @param {Buffer} encoded */
const decoded = (encoded) => sharp(encoded).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });

/**
 * Each derivative of each photo, made as before (one decode per file, the old settings) and as now
 * (one decode per photo, today's plan and settings): CPU ms, bytes, SSIM.
 * @param {Buffer[]} originals
 */
async function perDerivative(originals) {
  /** @type {Map<string, { before?: number[][], now?: number[][] }>} label → [ms, bytes, ssim] per photo */
  const rows = new Map();
  const add = (/** @type {string} */ name, /** @type {'before' | 'now'} */ side, /** @type {number[]} */ figures) => {
    const row = rows.get(name) ?? {};
    (row[side] ??= []).push(figures);
    rows.set(name, row);
  };
  const totals = { before: [], now: [] };
  for (const original of originals) {
    let before = 0;
    for (const spec of BEFORE_PLAN) {
      const { format, options } = beforeEncoding(spec);
      const { result, ms } = await cpuTimed(() =>
        shape(spec, sharp(original).rotate()).toColourspace('srgb').toFormat(format, options).toBuffer(),
      );
      before += ms;
      add(label(spec), 'before', [ms, result.length, ssimOf(await decoded(result), await reference(original, spec))]);
    }
    const { result: once, ms: decodeMs } = await cpuTimed(() => derive.decodeOriginal(original));
    let now = decodeMs;
    add('decoding the original once', 'now', [decodeMs, 0, NaN]);
    for (const spec of plan.planDerivatives(once.info, ['center'])) {
      const { result, ms } = await cpuTimed(() => derive.encodeDerivative(once, spec));
      now += ms;
      add(label(spec), 'now', [
        ms,
        result.data.length,
        ssimOf(await decoded(result.data), await reference(original, spec)),
      ]);
    }
    /** @type {number[]} */ (totals.before).push(before);
    /** @type {number[]} */ (totals.now).push(now);
  }
  return { rows, totals };
}

/** AVIF effort against quality at the widths phones fetch (720 px at 2×, 1080 px at 3×). @param {Buffer[]} originals */
async function avifGrid(originals) {
  const grid = [];
  for (const [width, qualities] of /** @type {const} */ ([
    [720, [50, 52, 54]],
    [1080, [40, 42, 44]],
  ]))
    for (const effort of [0, 1, 2, 3])
      for (const quality of qualities) {
        const figures = [];
        for (const original of originals) {
          /** @type {Spec} */
          const spec = { kind: 'resize', width, format: 'avif' };
          const { result, ms } = await cpuTimed(() =>
            shape(spec, sharp(original).rotate()).avif({ quality, effort }).toBuffer(),
          );
          figures.push([ms, result.length, ssimOf(await decoded(result), await reference(original, spec))]);
        }
        grid.push({ width, effort, quality, ...means(figures) });
      }
  return grid;
}

/** @param {number[][]} figures [ms, bytes, ssim] per photo */
function means(figures) {
  const mean = (/** @type {number} */ i) => figures.reduce((sum, row) => sum + (row[i] ?? 0), 0) / figures.length;
  return { ms: mean(0), bytes: mean(1), ssim: mean(2), lead: figures[0] };
}

/**
 * Share of all readers (caniuse's global usage) by what their browser decodes: AVIF, WebP but not
 * AVIF, neither. From caniuse-lite, whose version is named.
 */
async function browserShares() {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  /** @type {any} caniuse-lite ships no types */
  const lite = require('caniuse-lite');
  const avif = lite.feature(require('caniuse-lite/data/features/avif')).stats;
  const webp = lite.feature(require('caniuse-lite/data/features/webp')).stats;
  const shares = { avif: 0, webpOnly: 0, neither: 0 };
  for (const [browser, versions] of Object.entries(webp))
    for (const [version, support] of Object.entries(/** @type {Record<string, string>} */ (versions))) {
      const usage = lite.agents[browser]?.usage_global?.[version] ?? 0;
      const takes = (/** @type {string | undefined} */ flag) => /^[ya]/.test(flag ?? 'n');
      if (takes(avif[browser]?.[version])) shares.avif += usage;
      else if (takes(support)) shares.webpOnly += usage;
      else shares.neither += usage;
    }
  return { ...shares, version: require('caniuse-lite/package.json').version };
}

/**
 * The pipeline on `count` distinct originals with an empty cache, on every core, as before (two photos
 * at a time, one decode per file, the old plan and settings) and as now (deriveImages itself).
 * @param {number} count
 */
async function wholePipeline(count) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-derive-'));
  const files = await writeOriginals(path.join(dir, 'images'), count);
  const timed = async (/** @type {() => Promise<unknown>} */ work) => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await work();
    const used = process.cpuUsage(cpu);
    return { wall: (performance.now() - started) / 1000 / count, cpu: (used.user + used.system) / 1e6 / count };
  };
  const before = await timed(async () => {
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const original = readFileSync(files[next++] ?? '');
        for (const spec of BEFORE_PLAN) {
          const { format, options } = beforeEncoding(spec);
          await shape(spec, sharp(original).rotate()).toColourspace('srgb').toFormat(format, options).toBuffer();
        }
      }
    };
    await Promise.all([worker(), worker()]);
  });
  const requests = files.map((file) => ({ src: `images/${path.basename(file)}`, file, focuses: ['center'] }));
  const now = await timed(() =>
    derive.deriveImages(requests, { cacheDir: path.join(dir, 'cache'), outDir: path.join(dir, 'out') }),
  );
  rmSync(dir, { recursive: true, force: true });
  return { count, before, now, cores: os.availableParallelism() };
}

/** Every figure of the encoding section. */
export async function benchEncoding() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-encoding-'));
  const originals = (await writeOriginals(dir, PHOTO_COUNT)).map((file) => readFileSync(file));
  rmSync(dir, { recursive: true, force: true });
  console.log('Photo encoding: each derivative, before and now…');
  const derivatives = await perDerivative(originals);
  console.log('Photo encoding: AVIF effort and quality…');
  const grid = await avifGrid(originals);
  console.log('Photo encoding: the whole pipeline on 24 distinct photos…');
  const pipeline = await wholePipeline(24);
  return { derivatives, grid, pipeline, browsers: await browserShares() };
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** @param {number} value */
const ssimText = (value) => (Number.isNaN(value) ? '–' : value.toFixed(4));

/** The encoding section of BENCHMARKS.md. @param {Awaited<ReturnType<typeof benchEncoding>>} figures */
export function encodingReport({ derivatives, grid, pipeline, browsers }) {
  const { rows, totals } = derivatives;
  const side = (/** @type {number[][] | undefined} */ figures) =>
    figures
      ? `${means(figures).ms.toFixed(0)} ms | ${kb(means(figures).bytes)} | ${ssimText(means(figures).ssim)}`
      : '– | – | –';
  const sum = (/** @type {number[]} */ list) => list.reduce((a, b) => a + b, 0) / list.length / 1000;
  const count = (/** @type {'before' | 'now'} */ which) =>
    [...rows.entries()].filter(([name, row]) => row[which] && name !== 'decoding the original once').length;
  const phone = (/** @type {string} */ name) => {
    const row = rows.get(name);
    const lead = (/** @type {number[][] | undefined} */ f) =>
      f?.[0] ? `${f[0][1]} B, SSIM ${ssimText(f[0][2] ?? NaN)}` : '–';
    return `| ${name} | ${lead(row?.before)} | ${lead(row?.now)} |`;
  };
  const percent = (/** @type {number} */ value) => `${value.toFixed(2)} %`;
  return `## What each photo file costs

\`scripts/bench/photo-encoding.mjs\`: the first ${PHOTO_COUNT} originals of \`scripts/bench/originals.mjs\` (2400×1600 cut
from Debian's wallpaper photographs), each derivative of a lead photo encoded one at a time. CPU is
milliseconds of this process (sharp encodes each file on one thread); bytes and SSIM (luma, 11×11 Gaussian
window, \`scripts/bench/ssim.mjs\`) against the original cut to the same size without loss are means over the
photos. *Before*: issue 24's starting point (${count('before')} files: AVIF effort 2, WebP, mozjpeg, each file decoding
the original again). *Now*: \`lib/images/derive-images.ts\` (${count('now')} files, the original decoded once).

| file | before: CPU | bytes | SSIM | now: CPU | bytes | SSIM |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${[...rows.entries()].map(([name, row]) => `| ${name} | ${side(row.before)} | ${side(row.now)} |`).join('\n')}
| **all files of one photo** | **${sum(totals.before).toFixed(2)} s** | | | **${sum(totals.now).toFixed(2)} s** | | |

The lead photo of the photo bench (original 0), as phones fetch it:

| file | before | now |
| --- | --- | --- |
${phone('width 720 AVIF')}
${phone('width 1080 AVIF')}

AVIF's effort against its quality at the widths phones fetch (means over the ${PHOTO_COUNT} photos):

| width | effort | quality | CPU | bytes | SSIM |
| ---: | ---: | ---: | ---: | ---: | ---: |
${grid.map((g) => `| ${g.width} | ${g.effort} | ${g.quality} | ${g.ms.toFixed(0)} ms | ${kb(g.bytes)} | ${g.ssim.toFixed(4)} |`).join('\n')}

Who gets which format, by caniuse's global usage (caniuse-lite ${browsers.version}): AVIF ${percent(browsers.avif)} of readers,
WebP but not AVIF ${percent(browsers.webpOnly)}, neither ${percent(browsers.neither)} (the rest are browsers caniuse does not track).

The whole pipeline on ${pipeline.count} distinct originals with an empty cache, on this machine's ${pipeline.cores} cores:
before (two photos at a time, as it ran) ${pipeline.before.wall.toFixed(2)} s per photo (${pipeline.before.cpu.toFixed(2)} s CPU),
now (\`deriveImages\`, one photo per core) ${pipeline.now.wall.toFixed(2)} s per photo (${pipeline.now.cpu.toFixed(2)} s CPU).
`;
}
