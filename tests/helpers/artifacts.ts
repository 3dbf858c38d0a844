import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** Where screenshots and PDFs are kept for people to look at (test-artifacts/, ignored by git). */
export function artifactPath(name: string): string {
  const dir = path.resolve(import.meta.dirname, '../../test-artifacts');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}
