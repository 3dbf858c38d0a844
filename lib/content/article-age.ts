// How old an article is on the day of the build: the number its dated warning gives.

/**
 * Whole calendar years from the day `published` to the day `today` (both `YYYY-MM-DD`, days where the
 * newsroom is): 2018-10-24 is 7 years before 2026-10-23 and 8 before 2026-10-24. Someone born on
 * 29 February has their anniversary on 1 March in a common year. 0 when `published` is not before `today`.
 */
export function yearsSince(published: string, today: string): number {
  const [year, month, day] = published.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [nowYear, nowMonth, nowDay] = today.split('-').map(Number) as [number, number, number];
  const before = nowMonth < month || (nowMonth === month && nowDay < day);
  return Math.max(0, nowYear - year - (before ? 1 : 0));
}
