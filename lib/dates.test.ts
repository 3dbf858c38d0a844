import { describe, expect, it } from 'vitest';
import { formatDate, isRealDate } from './dates';

describe('isRealDate', () => {
  it.each(['2018-10-24', '2024-02-29', '2000-02-29'])('accepts %s', (date) => {
    expect(isRealDate(date)).toBe(true);
  });
  it.each(['2018-02-30', '2018-13-45', '2023-02-29', '1900-02-29', '2018-1-5', '24.10.2018', '2018-10-24T10:00'])(
    'refuses %s',
    (date) => {
      expect(isRealDate(date)).toBe(false);
    },
  );
});

describe('formatDate', () => {
  it('writes the day, the month in words and the year, whatever the machine’s time zone', () => {
    expect(formatDate('2018-10-24')).toBe('24 October 2018');
    expect(formatDate('2019-01-01')).toBe('1 January 2019');
  });
});
