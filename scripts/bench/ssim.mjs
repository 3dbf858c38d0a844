// @ts-check
// SSIM (Wang, Bovik, Sheikh and Simoncelli, 2004), the structural similarity of two images of one
// size: 1 when they are the same, lower as structure is lost. Computed on luma (BT.601 weights) with
// the paper's 11×11 Gaussian window (σ = 1.5) and constants K1 = 0.01, K2 = 0.03, as the mean over
// every pixel (edges repeat the nearest pixel). sharp has no SSIM; this is the photo bench's measure of
// what an encoder setting loses.

const RADIUS = 5;
const SIGMA = 1.5;
const WINDOW = (() => {
  const weights = Array.from({ length: 2 * RADIUS + 1 }, (_, i) => Math.exp(-((i - RADIUS) ** 2) / (2 * SIGMA ** 2)));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => weight / sum);
})();

/**
 * Luma of interleaved 8-bit pixels (RGB or RGBA; one channel is taken as it is).
 * @param {Uint8Array} data @param {number} channels @returns {Float64Array}
 */
export function luma(data, channels) {
  const count = data.length / channels;
  const out = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const o = i * channels;
    out[i] =
      channels < 3 ? (data[o] ?? 0) : 0.299 * (data[o] ?? 0) + 0.587 * (data[o + 1] ?? 0) + 0.114 * (data[o + 2] ?? 0);
  }
  return out;
}

/**
 * The Gaussian-weighted mean around every pixel, in two passes (rows, then columns).
 * @param {Float64Array} source @param {number} width @param {number} height
 */
function blur(source, width, height) {
  const rows = new Float64Array(source.length);
  const out = new Float64Array(source.length);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      let sum = 0;
      for (let k = -RADIUS; k <= RADIUS; k += 1)
        sum += (WINDOW[k + RADIUS] ?? 0) * (source[y * width + Math.min(width - 1, Math.max(0, x + k))] ?? 0);
      rows[y * width + x] = sum;
    }
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      let sum = 0;
      for (let k = -RADIUS; k <= RADIUS; k += 1)
        sum += (WINDOW[k + RADIUS] ?? 0) * (rows[Math.min(height - 1, Math.max(0, y + k)) * width + x] ?? 0);
      out[y * width + x] = sum;
    }
  return out;
}

/**
 * The mean SSIM of two luma planes of `width` × `height`, from -1 to 1 (1: identical).
 * @param {Float64Array} a @param {Float64Array} b @param {number} width @param {number} height
 * @returns {number}
 */
export function ssim(a, b, width, height) {
  if (a.length !== width * height || b.length !== width * height)
    throw new Error(`ssim: both images must be ${width}×${height}`);
  const product = (/** @type {Float64Array} */ p, /** @type {Float64Array} */ q) =>
    p.map((value, i) => value * (q[i] ?? 0));
  const [meanA, meanB, squareA, squareB, cross] = [a, b, product(a, a), product(b, b), product(a, b)].map((plane) =>
    blur(plane, width, height),
  );
  const c1 = (0.01 * 255) ** 2;
  const c2 = (0.03 * 255) ** 2;
  let total = 0;
  for (let i = 0; i < a.length; i += 1) {
    const ma = meanA?.[i] ?? 0;
    const mb = meanB?.[i] ?? 0;
    const varianceA = (squareA?.[i] ?? 0) - ma * ma;
    const varianceB = (squareB?.[i] ?? 0) - mb * mb;
    const covariance = (cross?.[i] ?? 0) - ma * mb;
    total += ((2 * ma * mb + c1) * (2 * covariance + c2)) / ((ma * ma + mb * mb + c1) * (varianceA + varianceB + c2));
  }
  return total / a.length;
}

/**
 * The SSIM of an encoded image against a reference of the same size, both given as what sharp decodes
 * to raw pixels (`{ data, info }`).
 * @param {{ data: Uint8Array, info: { width: number, height: number, channels: number } }} encoded
 * @param {{ data: Uint8Array, info: { width: number, height: number, channels: number } }} reference
 */
export function ssimOf(encoded, reference) {
  const { width, height } = reference.info;
  if (encoded.info.width !== width || encoded.info.height !== height)
    throw new Error(`ssim: ${encoded.info.width}×${encoded.info.height} against ${width}×${height}`);
  return ssim(luma(encoded.data, encoded.info.channels), luma(reference.data, reference.info.channels), width, height);
}
