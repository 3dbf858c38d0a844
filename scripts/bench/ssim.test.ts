import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { luma, ssim, ssimOf } from './ssim.mjs';

/** A 64×48 test card: a gradient with bars, as raw RGB. */
async function card() {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="48"><defs><linearGradient id="g"><stop offset="0" stop-color="#123"/><stop offset="1" stop-color="#fc8"/></linearGradient></defs><rect width="64" height="48" fill="url(#g)"/><rect x="10" y="5" width="6" height="38" fill="#fff"/><rect x="30" y="5" width="3" height="38" fill="#000"/></svg>`;
  return sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
}

describe('ssim', () => {
  it('is 1 for an image against itself', async () => {
    const image = await card();
    expect(ssimOf(image, image)).toBeCloseTo(1, 10);
  });

  it('falls as an image loses more of its detail, and stays above 0 for a recognisable copy', async () => {
    const image = await card();
    const blurred = (sigma: number) =>
      sharp(image.data, { raw: image.info }).blur(sigma).raw().toBuffer({ resolveWithObject: true });
    const slight = ssimOf(await blurred(0.6), image);
    const strong = ssimOf(await blurred(3), image);
    expect(slight).toBeLessThan(1);
    expect(strong).toBeLessThan(slight);
    expect(strong).toBeGreaterThan(0);
  });

  it('matches the formula on a case worked by hand: a flat image against one brighter by 10', () => {
    const flat = new Float64Array(16 * 16).fill(100);
    const brighter = new Float64Array(16 * 16).fill(110);
    // With no variance the structure terms are 1; the luminance term is (2·100·110 + C1) / (100² + 110² + C1).
    const c1 = (0.01 * 255) ** 2;
    expect(ssim(flat, brighter, 16, 16)).toBeCloseTo((2 * 100 * 110 + c1) / (100 ** 2 + 110 ** 2 + c1), 10);
  });

  it('weighs green most in luma, as BT.601 does', () => {
    expect([...luma(new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255]), 3)]).toEqual([
      0.299 * 255,
      0.587 * 255,
      0.114 * 255,
    ]);
  });

  it('refuses images of different sizes', async () => {
    const image = await card();
    const smaller = await sharp(image.data, { raw: image.info }).resize(32).raw().toBuffer({ resolveWithObject: true });
    expect(() => ssimOf(smaller, image)).toThrow('ssim: 32×24 against 64×48');
  });
});
