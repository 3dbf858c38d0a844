// `npm run build` refuses an output folder it must not empty, before it touches anything.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('npm run build', () => {
  it('refuses an OUT_DIR that holds source folders, and leaves it as it was', () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'not-a-site-'));
    mkdirSync(path.join(project, 'lib'));
    writeFileSync(path.join(project, 'package.json'), '{}');
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: root,
      env: { ...process.env, OUT_DIR: project },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `OUT_DIR: "${project}" holds source folders and files (package.json, lib/); the build empties its output folder first, so name a folder of its own, e.g. OUT_DIR=out-site\n`,
    );
    expect(result.stdout).toBe('');
    expect(existsSync(path.join(project, 'package.json'))).toBe(true);
    expect(existsSync(path.join(project, 'lib'))).toBe(true);
  });
});
