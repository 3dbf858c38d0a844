import { describe, expect, it } from 'vitest';
import { isRealDate, isRealDateOrDateTime, toInstant } from './dates';
import { messagesFor } from '../i18n/messages';

const formatDate = (date: string) => messagesFor('en').date(date);

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

describe('isRealDateOrDateTime', () => {
  it.each(['2018-10-24', '2018-10-24T06:00Z', '2018-10-24T06:00:30+03:00', '2024-02-29T23:59:59-05:00'])(
    'accepts %s',
    (value) => {
      expect(isRealDateOrDateTime(value)).toBe(true);
    },
  );
  it.each(['2018-02-30T06:00Z', '2018-10-24T24:00Z', '2018-10-24T06:00', '2018-10-24 06:00Z', '2018-10-24T6:00Z'])(
    'refuses %s',
    (value) => {
      expect(isRealDateOrDateTime(value)).toBe(false);
    },
  );
});

describe('toInstant', () => {
  it('reads a bare date as midnight UTC and a date-time in its own zone', () => {
    expect(toInstant('2018-10-24').toISOString()).toBe('2018-10-24T00:00:00.000Z');
    expect(toInstant('2018-10-24T06:00+03:00').toISOString()).toBe('2018-10-24T03:00:00.000Z');
  });
});

describe('formatDate with a time', () => {
  it('shows the day the newsroom wrote', () => {
    expect(formatDate('2018-10-24T23:30+03:00')).toBe('24 October 2018');
  });
});
