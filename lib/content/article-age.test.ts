import { describe, expect, it } from 'vitest';
import { yearsSince } from './article-age';

describe('yearsSince', () => {
  it.each([
    ['2018-10-24', '2026-10-23', 7],
    ['2018-10-24', '2026-10-24', 8],
    // A moment counts by its day where the newsroom is, as written (the first ten characters).
    ['2018-10-24T23:30+03:00', '2026-10-24', 8],
    ['2026-11-20', '2026-12-01', 0],
    // 29 February counts its anniversary on 1 March in a common year.
    ['2024-02-29', '2025-02-28', 0],
    ['2024-02-29', '2025-03-01', 1],
  ])('counts whole calendar years from %s to %s: %i', (from, to, years) => {
    expect(yearsSince(from, to)).toBe(years);
  });

  it('counts nothing for a date after today', () => {
    expect(yearsSince('2030-01-01', '2026-01-01')).toBe(0);
  });
});
