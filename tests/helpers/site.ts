import { inject } from 'vitest';

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

/** An absolute URL on the locally served photo site (built from tests/fixtures/photos). */
export function photoUrl(pathname: string): string {
  return new URL(pathname, inject('photoOrigin')).href;
}
