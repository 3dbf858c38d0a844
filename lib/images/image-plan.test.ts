import { describe, expect, it } from 'vitest';
import { CROPS, cropSize, planDerivatives, responsiveWidths, specKey } from './image-plan';

describe('responsiveWidths', () => {
  it('offers every standard width a large original can fill', () => {
    expect(responsiveWidths(2400)).toEqual([360, 720, 1080, 1600]);
    expect(responsiveWidths(1600)).toEqual([360, 720, 1080, 1600]);
  });

  it('never enlarges: a smaller original ends at its own width', () => {
    expect(responsiveWidths(1000)).toEqual([360, 720, 1000]);
    expect(responsiveWidths(640)).toEqual([360, 640]);
    expect(responsiveWidths(200)).toEqual([200]);
  });
});

describe('planDerivatives', () => {
  it('makes AVIF and JPEG at each width of a body photo, and no crops', () => {
    const plan = planDerivatives({ width: 2400, height: 1600 }, []);
    expect(plan).toHaveLength(8);
    expect(plan.every((spec) => spec.kind === 'resize')).toBe(true);
    expect(new Set(plan.map((spec) => spec.kind === 'resize' && spec.format))).toEqual(new Set(['avif', 'jpeg']));
  });

  it('adds the share crop, three crops for search engines and thumbnails for a lead photo, around its focus', () => {
    const plan = planDerivatives({ width: 2400, height: 1600 }, ['top']);
    const crops = plan.filter((spec) => spec.kind === 'crop');
    expect(crops.map((spec) => spec.kind === 'crop' && [spec.name, spec.width, spec.height, spec.focus])).toEqual([
      ['share', 1200, 630, 'top'],
      ['wide', 1200, 675, 'top'],
      ['standard', 1200, 900, 'top'],
      ['square', 1200, 1200, 'top'],
    ]);
    expect(CROPS.wide.width / CROPS.wide.height).toBeCloseTo(16 / 9, 2);
    expect(CROPS.standard.width / CROPS.standard.height).toBeCloseTo(4 / 3, 5);
    expect(plan.filter((spec) => spec.kind === 'thumb')).toHaveLength(4);
  });

  it('keys every derivative differently, so the cache never confuses two', () => {
    const plan = planDerivatives({ width: 2400, height: 1600 }, ['center']);
    expect(new Set(plan.map(specKey)).size).toBe(plan.length);
    const moved = planDerivatives({ width: 2400, height: 1600 }, ['left']).map(specKey);
    expect(moved).not.toContain('crop-share-1200x630-center.jpeg');
    expect(moved).toContain('crop-share-1200x630-left.jpeg');
  });

  it('keys a crop and a thumbnail by their size too, so a changed size is never served from the cache', () => {
    const square = (width: number, height: number) =>
      specKey({ kind: 'crop', name: 'square', width, height, focus: 'center' });
    expect(square(900, 900)).not.toBe(square(1200, 1200));
    const thumb = (height: number) => specKey({ kind: 'thumb', width: 320, height, format: 'avif', focus: 'center' });
    expect(thumb(180)).not.toBe(thumb(213));
  });
});

describe('cropSize', () => {
  it('keeps the shape and takes the largest crop a smaller photo holds, never enlarging it', () => {
    expect(cropSize({ width: 1200, height: 1200 }, { width: 2400, height: 1600 })).toEqual({
      width: 1200,
      height: 1200,
    });
    expect(cropSize({ width: 1200, height: 1200 }, { width: 1600, height: 900 })).toEqual({ width: 900, height: 900 });
    expect(cropSize({ width: 1200, height: 900 }, { width: 1600, height: 800 })).toEqual({ width: 1067, height: 800 });
  });
});
