import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeKey, drawingSources } from './code-key';
import { IMAGE_FONT_FILES } from './image-fonts';

const root = path.resolve(import.meta.dirname, '../..');

describe('drawingSources', () => {
  it('finds every module in lib/metadata/ the share card’s route draws with, and the packages they import', () => {
    const sources = drawingSources(root, 'app/og/[file]/route.tsx');
    expect(sources).toEqual(
      expect.arrayContaining([
        'app/og/[file]/route.tsx',
        'lib/metadata/draw-card.ts',
        'lib/metadata/image-fonts.ts',
        'lib/metadata/share-image.ts',
        'node_modules/@takumi-rs/core/package.json',
        'node_modules/@takumi-rs/helpers/package.json',
      ]),
    );
    expect(sources).not.toContain('lib/articles.ts');
  });

  it('finds the QR code’s module, its encoder and the way keys are made', () => {
    expect(drawingSources(root, 'lib/metadata/qr-code.ts')).toEqual([
      'lib/metadata/code-key.ts',
      'lib/metadata/qr-code.ts',
      'node_modules/qrcode/package.json',
    ]);
  });
});

describe('codeKey', () => {
  const project = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'code-key-'));
    mkdirSync(path.join(dir, 'app/og'), { recursive: true });
    mkdirSync(path.join(dir, 'lib/metadata'), { recursive: true });
    mkdirSync(path.join(dir, 'lib/other'), { recursive: true });
    mkdirSync(path.join(dir, 'node_modules/painter'), { recursive: true });
    writeFileSync(
      path.join(dir, 'app/og/route.tsx'),
      "import { paint } from '@/lib/metadata/paint';\nimport { x } from '@/lib/other/x';\n",
    );
    writeFileSync(
      path.join(dir, 'lib/metadata/paint.ts'),
      "import { brush } from './brush';\nimport painter from 'painter';\n",
    );
    writeFileSync(path.join(dir, 'lib/metadata/brush.ts'), 'export const brush = 1;\n');
    writeFileSync(path.join(dir, 'lib/other/x.ts'), 'export const x = 1;\n');
    writeFileSync(path.join(dir, 'node_modules/painter/package.json'), '{"version":"1.0.0"}');
    writeFileSync(path.join(dir, 'font.woff'), 'font');
    return dir;
  };
  const key = (dir: string) => codeKey(dir, 'app/og/route.tsx', ['font.woff']);

  it.each([
    ['the route', 'app/og/route.tsx'],
    ['a module it imports', 'lib/metadata/paint.ts'],
    ['a module that one imports', 'lib/metadata/brush.ts'],
    ['a package it draws with', 'node_modules/painter/package.json'],
    ['a font file', 'font.woff'],
  ])('changes when %s changes', (_, file) => {
    const dir = project();
    const before = key(dir);
    writeFileSync(path.join(dir, file), 'changed', { flag: 'a' });
    expect(key(dir)).not.toBe(before);
  });

  it('stays the same when nothing that draws changed, and when code outside lib/metadata/ does', () => {
    const dir = project();
    const before = key(dir);
    writeFileSync(path.join(dir, 'lib/other/x.ts'), 'changed', { flag: 'a' });
    expect(key(dir)).toBe(before);
  });

  it('keys the real share card on its fonts', () => {
    expect(IMAGE_FONT_FILES.length).toBeGreaterThan(0);
    expect(codeKey(root, 'app/og/[file]/route.tsx', IMAGE_FONT_FILES)).not.toBe(
      codeKey(root, 'app/og/[file]/route.tsx', []),
    );
  });
});
