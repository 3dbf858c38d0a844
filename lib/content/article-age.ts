// How old an article is on the day of the build: the number its dated warning gives.

/**
 * Whole calendar years from the day of `published` to the day of `now` (both in UTC): 24 October 2018
 * is 7 years before 23 October 2026 and 8 before 24 October 2026, whatever the hour. Someone born on
 * 29 February has their anniversary on 1 March in a common year. 0 when `published` is not before `now`.
 */
export function yearsSince(published: Date, now: Date): number {
  const years = now.getUTCFullYear() - published.getUTCFullYear();
  const before =
    now.getUTCMonth() < published.getUTCMonth() ||
    (now.getUTCMonth() === published.getUTCMonth() && now.getUTCDate() < published.getUTCDate());
  return Math.max(0, before ? years - 1 : years);
}
