import { createElement } from 'react';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardRenderer, drawCard } from './draw-card';
import { IMAGE_COLOURS, IMAGE_FONT_FAMILY, imageFonts } from './image-fonts';
import { SHARE_IMAGE_SIZE } from './share-image';

// The share card's frame (app/og/[file]/route.tsx): paper, an accent border on the left, a headline.
function card(headline: string) {
  return createElement(
    'div',
    {
      style: {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        width: '100%',
        height: '100%',
        padding: '64px 72px',
        background: IMAGE_COLOURS.paper,
        borderLeft: `24px solid ${IMAGE_COLOURS.accent}`,
        fontFamily: IMAGE_FONT_FAMILY,
      },
    },
    createElement(
      'div',
      { style: { display: 'flex', fontSize: 56, fontWeight: 700, color: IMAGE_COLOURS.ink } },
      headline,
    ),
  );
}

/** The RGB at (x, y) of a PNG. */
async function pixel(png: Uint8Array, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + 3)];
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe('drawCard', () => {
  it('draws a 1200×630 PNG', async () => {
    const png = await drawCard(card('Russia once again speaks about NATO threat'), SHARE_IMAGE_SIZE, imageFonts);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });

  it('paints the paper colour in the corner and the accent border down the left edge', async () => {
    const png = await drawCard(card('Мінскі гарсавет зацвердзіў новую лінію'), SHARE_IMAGE_SIZE, imageFonts);
    expect(await pixel(png, 1199, 0)).toEqual(rgb(IMAGE_COLOURS.paper));
    expect(await pixel(png, 4, 315)).toEqual(rgb(IMAGE_COLOURS.accent));
  });

  it('draws different headlines to different bytes, and the same headline to the same bytes', async () => {
    const draw = (headline: string) => drawCard(card(headline), SHARE_IMAGE_SIZE, imageFonts);
    const [a, b, again] = await Promise.all([
      draw('Heatwave breaks records'),
      draw('Жара побила рекорды'),
      draw('Heatwave breaks records'),
    ]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(Buffer.from(a).equals(Buffer.from(again))).toBe(true);
  });
});

describe('cardRenderer', () => {
  it('names the renderer and its version, for the share image cache key', () => {
    expect(cardRenderer()).toMatch(/^@takumi-rs\/core@\d+\.\d+\.\d+$/);
  });
});
