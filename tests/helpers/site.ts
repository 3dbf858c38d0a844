import path from 'node:path';
import { inject } from 'vitest';
import { readRecord } from '../../scripts/build-record.mjs';
import { SITE_OUT } from './out';

/** The seed article's permalink path. */
export const ARTICLE_PATH = '/news/russia-once-again-speaks-about-nato-threat-for-russia-and-belarus/';

/** An absolute URL on the site the tests read: the fixture site (tests/fixtures/site), served locally. */
export function siteUrl(pathname: string): string {
  return new URL(pathname, inject('fixtureOrigin')).href;
}

/** An absolute URL on the site built from content/, served locally: for the seed-verbatim and nginx tests. */
export function realSiteUrl(pathname: string): string {
  return new URL(pathname, inject('origin')).href;
}

/**
 * The origin a built site's canonical URLs start with: SITE_URL as its build read it, from the record
 * the build wrote (so the tests pass whatever SITE_URL the shell exports).
 */
export function builtOrigin(outDir = SITE_OUT): string {
  const record = readRecord(path.resolve(import.meta.dirname, '../..'), outDir);
  if (!record) throw new Error(`${path.basename(outDir)}/ has no build record: build it with npm run build first`);
  return record.settings.SITE_URL;
}

/** An absolute URL on the locally served photo site (built from tests/fixtures/photos). */
export function photoUrl(pathname: string): string {
  return new URL(pathname, inject('photoOrigin')).href;
}
