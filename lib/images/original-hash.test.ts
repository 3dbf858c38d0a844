import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { originalSha } from './original-hash';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('originalSha', () => {
  it('is the hash of the file’s bytes, again after the file is rewritten with others of the same size', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'original-sha-'));
    const file = path.join(dir, 'photo.jpg');
    writeFileSync(file, 'first photo');
    expect(originalSha(file, path.join(dir, 'cache'))).toBe(sha('first photo'));
    expect(originalSha(file, path.join(dir, 'cache'))).toBe(sha('first photo'));
    writeFileSync(file, 'other photo');
    expect(originalSha(file, path.join(dir, 'cache'))).toBe(sha('other photo'));
  });
});
