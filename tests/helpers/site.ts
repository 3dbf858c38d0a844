import path from 'node:path';
import { inject } from 'vitest';
import { readRecord } from '../../scripts/build-record.mjs';
import { OUT } from './out';

/** The seed article's permalink path. */
export const ARTICLE_PATH = '/news/russia-once-again-speaks-about-nato-threat-for-russia-and-belarus/';

/** An absolute URL on the locally served build. */
export function siteUrl(pathname: string): string {
  return new URL(pathname, inject('origin')).href;
}

/** An absolute URL on the locally served fixture site (built from tests/fixtures/site). */
export function fixtureUrl(pathname: string): string {
  return new URL(pathname, inject('fixtureOrigin')).href;
}

/**
 * The origin a built site's canonical URLs start with: SITE_URL as its build read it, from the record
 * the build wrote (so the tests pass whatever SITE_URL the shell exports).
 */
export function builtOrigin(outDir = OUT): string {
  const record = readRecord(path.resolve(import.meta.dirname, '../..'), outDir);
  if (!record) throw new Error(`${path.basename(outDir)}/ has no build record: build it with npm run build first`);
  return record.settings.SITE_URL;
}
