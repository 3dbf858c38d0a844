// The CI workflows are checked by a workflow linter (npm run lint:workflows, in npm test): a workflow
// GitHub would refuse fails here first. This checks that the linter does refuse one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'workflow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const validate = (file: string) =>
  spawnSync(path.join(root, 'node_modules/.bin/action-validator'), [file], { encoding: 'utf8' });

describe('the workflow linter', () => {
  it('accepts the publishing workflow', () => {
    expect(validate(path.join(root, '.github/workflows/publish.yml')).status).toBe(0);
  });

  it('refuses a workflow with a job that has no steps and a misspelt key', () => {
    const broken = readFileSync(path.join(root, '.github/workflows/publish.yml'), 'utf8')
      .replace('runs-on:', 'run-on:')
      .replace(/steps:[\s\S]*$/, 'steps: []\n');
    const file = path.join(dir, 'broken.yml');
    writeFileSync(file, broken);
    const result = validate(file);
    expect(result.status).not.toBe(0);
  });
});
