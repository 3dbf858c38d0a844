// Draws the share cards (app/og/, app/cards/) with Takumi, a native (Rust) renderer: layout, text and
// PNG encoding in one call, about 4× less CPU per card than next/og's satori + SVG + rasteriser.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Renderer } from '@takumi-rs/core';
import { fromJsx } from '@takumi-rs/helpers/jsx';
import type { ReactElement } from 'react';
import { z } from 'zod';

export type CardFont = Readonly<{ name: string; data: Uint8Array; weight: number; style: 'normal' }>;

// The package's exports leave out package.json, so its version is read from disk (like the fonts).
const TAKUMI_PACKAGE = path.join(process.cwd(), 'node_modules/@takumi-rs/core/package.json');

let rendererName: string | undefined;

/**
 * What draws the cards, e.g. `@takumi-rs/core@2.16.3`, for cache keys: a renderer upgrade that could
 * draw differently draws every card again. Throws when the package is not installed.
 */
export function cardRenderer(): string {
  if (!rendererName) {
    const { version } = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(TAKUMI_PACKAGE, 'utf8')));
    rendererName = `@takumi-rs/core@${version}`;
  }
  return rendererName;
}

// One renderer per font list, its fonts parsed once per process rather than once per card.
const renderers = new WeakMap<readonly CardFont[], Promise<Renderer>>();

function rendererFor(fonts: readonly CardFont[]): Promise<Renderer> {
  let renderer = renderers.get(fonts);
  if (!renderer) {
    const created = new Renderer();
    renderer = Promise.all(fonts.map((font) => created.registerFont({ ...font }))).then(() => created);
    renderers.set(fonts, renderer);
  }
  return renderer;
}

/**
 * The PNG bytes of `element` (plain elements with inline `style`, as for next/og) drawn at `size` with
 * `fonts`, which its `fontFamily` names. Throws when the element cannot be laid out or drawn.
 */
export async function drawCard(
  element: ReactElement,
  size: Readonly<{ width: number; height: number }>,
  fonts: readonly CardFont[],
): Promise<Uint8Array> {
  const [renderer, { node, css }] = await Promise.all([rendererFor(fonts), fromJsx(element)]);
  const png = await renderer.render(node, { width: size.width, height: size.height, format: 'png', css });
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
