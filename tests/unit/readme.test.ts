// README.md says what the code does: where it quotes a fact the code decides, the code is asked.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '@/scripts/build-steps/security-headers.mjs';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
/** The README's paragraph or list item that starts with `start`. */
const section = (start: string) => {
  const at = readme.indexOf(start);
  expect(at).toBeGreaterThanOrEqual(0);
  const end = readme.slice(at).search(/\n(?=- |\n)/);
  return readme.slice(at, end === -1 ? undefined : at + end);
};

describe('README', () => {
  it('quotes the Content-Security-Policy directives the build sends', () => {
    const policy = securityHeaders({ styleHashes: ["'sha256-x='"], https: true })['Content-Security-Policy'] ?? '';
    const quoted = [...section('- a strict Content-Security-Policy').matchAll(/`([a-z-]+ '[a-z-]+')`/g)].map(
      ([, directive]) => directive,
    );
    expect(quoted).toEqual(expect.arrayContaining(["default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"]));
    for (const directive of quoted) expect(policy).toContain(directive);
  });

  it('names author and topic pages by the registries, as the code does, not by the spelling most articles use', () => {
    const pages = section('- **Author and topic pages**');
    expect(pages).toContain('`content/topics.yml`');
    expect(pages).toContain('`content/authors.yml`');
    expect(pages).not.toMatch(/most articles use/);
  });
});
