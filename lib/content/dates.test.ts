import { describe, expect, it } from 'vitest';
import { inNewsroomTime, isRealDate, isRealDateOrDateTime, isTimeZone, newsroomDay, toInstant } from './dates';
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

describe('toInstant in the newsroom’s time zone', () => {
  it('reads a bare date as midnight where the newsroom is, in summer and winter time', () => {
    expect(toInstant('2026-12-01', 'Europe/Minsk').toISOString()).toBe('2026-11-30T21:00:00.000Z');
    expect(toInstant('2026-07-01', 'Europe/Berlin').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(toInstant('2026-01-01', 'Europe/Berlin').toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(toInstant('2026-12-01', 'America/New_York').toISOString()).toBe('2026-12-01T05:00:00.000Z');
  });

  it('reads a date-time in its own zone, whatever the newsroom’s', () => {
    expect(toInstant('2026-11-30T23:30Z', 'Europe/Minsk').toISOString()).toBe('2026-11-30T23:30:00.000Z');
  });
});

describe('inNewsroomTime', () => {
  it.each([
    ['2026-11-30T23:30Z', 'Europe/Minsk', '2026-12-01T02:30+03:00'],
    ['2026-12-01T01:00+03:00', 'Europe/Minsk', '2026-12-01T01:00+03:00'],
    ['2026-12-01T01:00+03:00', 'UTC', '2026-11-30T22:00+00:00'],
    ['2026-12-01T06:00:30+02:00', 'Europe/Minsk', '2026-12-01T07:00:30+03:00'],
    ['2026-12-01T04:00Z', 'America/New_York', '2026-11-30T23:00-05:00'],
    ['2999-01-01T06:00+00:00', 'UTC', '2999-01-01T06:00+00:00'],
    ['2026-12-01', 'Europe/Minsk', '2026-12-01'],
  ])('writes %s in %s as %s: the same moment, on the newsroom’s calendar', (value, timeZone, expected) => {
    expect(inNewsroomTime(value, timeZone)).toBe(expected);
    expect(toInstant(inNewsroomTime(value, timeZone), timeZone).getTime()).toBe(toInstant(value, timeZone).getTime());
  });
});

describe('newsroomDay', () => {
  it('is the calendar day of a moment where the newsroom is', () => {
    expect(newsroomDay(new Date('2026-11-30T21:30:00Z'), 'Europe/Minsk')).toBe('2026-12-01');
    expect(newsroomDay(new Date('2026-11-30T21:30:00Z'), 'UTC')).toBe('2026-11-30');
  });
});

describe('isTimeZone', () => {
  it.each([
    ['Europe/Minsk', true],
    ['UTC', true],
    ['Europe/Minks', false],
    ['Minsk', false],
    ['', false],
  ])('%s: %s', (name, expected) => {
    expect(isTimeZone(name)).toBe(expected);
  });
});
