import { describe, expect, it } from 'vitest';
import { yearsSince } from './article-age';

describe('yearsSince', () => {
  it.each([
    ['2018-10-24T00:00:00Z', '2026-10-23T23:59:59Z', 7],
    ['2018-10-24T00:00:00Z', '2026-10-24T00:00:00Z', 8],
    ['2018-10-24T09:00:00Z', '2026-10-24T08:00:00Z', 8],
    ['2026-11-20T00:00:00Z', '2026-12-01T00:00:00Z', 0],
    // 29 February counts its anniversary on 1 March in a common year.
    ['2024-02-29T00:00:00Z', '2025-02-28T23:00:00Z', 0],
    ['2024-02-29T00:00:00Z', '2025-03-01T00:00:00Z', 1],
  ])('counts whole calendar years from %s to %s: %i', (from, to, years) => {
    expect(yearsSince(new Date(from), new Date(to))).toBe(years);
  });

  it('counts nothing for a date after now', () => {
    expect(yearsSince(new Date('2030-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'))).toBe(0);
  });
});
