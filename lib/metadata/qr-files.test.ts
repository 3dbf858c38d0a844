import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { qrCodePath, qrSvg } from './qr-code';
import { writeQrCodes } from './qr-files';

const one = 'https://example.org/news/one/';
const two = 'https://example.org/news/two/';

describe('writeQrCodes', () => {
  it('draws each permalink once and keeps the file on the next build', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qr-'));
    expect(writeQrCodes([one, two], dir)).toEqual({ written: 2, reused: 0 });
    const file = path.join(dir, path.basename(qrCodePath(one)));
    // A marker in place of the code shows the file was kept, not drawn again.
    writeFileSync(file, 'kept');
    expect(writeQrCodes([one, two], dir)).toEqual({ written: 0, reused: 2 });
    expect(readFileSync(file, 'utf8')).toBe('kept');
  });

  it('draws a changed permalink anew under a new name and removes the old one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qr-'));
    writeQrCodes([one], dir);
    expect(writeQrCodes([two], dir)).toEqual({ written: 1, reused: 0 });
    expect(readdirSync(dir)).toEqual([path.basename(qrCodePath(two))]);
    const file = path.join(dir, path.basename(qrCodePath(two)));
    expect(readFileSync(file, 'utf8')).toBe(qrSvg(two).svg);
    expect(statSync(file).size).toBeGreaterThan(0);
  });
});
