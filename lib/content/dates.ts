const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** True when `value` is written YYYY-MM-DD and names a day that exists (no 2018-02-30). */
export function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * True for a real date, or a real date with a time and a zone, e.g. 2018-10-24T06:00:00+03:00
 * (an embargo lifts at a moment, not a day).
 */
export function isRealDateOrDateTime(value: string): boolean {
  if (isRealDate(value)) return true;
  const match = ISO_DATE_TIME.exec(value);
  return match !== null && isRealDate(match[1] as string);
}

/** True for a time zone `Intl` knows by that name, e.g. `Europe/Minsk` or `UTC`. */
export function isTimeZone(name: string): boolean {
  if (name.trim() === '' || name !== name.trim()) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of `timeZone` at `instant`: year, month, day, hour, minute and second, as numbers. */
function wallClock(instant: Date, timeZone: string): [number, number, number, number, number, number] {
  let clock = clocks.get(timeZone);
  if (!clock) {
    const digits = '2-digit' as const;
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: digits,
      day: digits,
      hour: digits,
      minute: digits,
      second: digits,
    });
    clocks.set(timeZone, clock);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(clock.formatToParts(instant).find((found) => found.type === type)?.value);
  return [part('year'), part('month'), part('day'), part('hour'), part('minute'), part('second')];
}

/** How far `timeZone` is ahead of UTC at `instant`, in minutes (Minsk: 180). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const [year, month, day, hour, minute, second] = wallClock(instant, timeZone);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The moment a validated date or date-time stands for: a date-time in its own zone; a bare date is
 * midnight where the newsroom is (`timeZone`, site.yml's; UTC unless given), the moment its day begins there.
 */
export function toInstant(value: string, timeZone = 'UTC'): Date {
  if (value.length !== 10) return new Date(value);
  const midnight = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(midnight)) return new Date(Number.NaN);
  // The zone's offset at its own midnight: guessed from UTC's midnight, then checked (summer time).
  const guess = midnight - offsetMinutes(new Date(midnight), timeZone) * 60_000;
  return new Date(midnight - offsetMinutes(new Date(guess), timeZone) * 60_000);
}

const two = (value: number) => String(value).padStart(2, '0');

/** The calendar day, YYYY-MM-DD, that `instant` falls on where the newsroom is. */
export function newsroomDay(instant: Date, timeZone: string): string {
  const [year, month, day] = wallClock(instant, timeZone);
  return `${year}-${two(month)}-${two(day)}`;
}

/**
 * A validated date or date-time as the newsroom reads it: a bare date stays as written (it names a day
 * where the newsroom is); a date-time is written in the newsroom's time zone, with its offset, so its
 * first ten characters are the newsroom's day (`2026-11-30T23:30Z` in Minsk is `2026-12-01T02:30+03:00`).
 * A date-time already written with the newsroom's offset is kept as written. Always the same moment.
 */
export function inNewsroomTime(value: string, timeZone: string): string {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return value;
  const instant = new Date(value);
  const offset = offsetMinutes(instant, timeZone);
  const zone = match[5] as string;
  const written = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
  if (written === offset) return value;
  const [year, month, day, hour, minute, second] = wallClock(instant, timeZone);
  const seconds = match[4] === undefined ? '' : `:${two(second)}`;
  const sign = offset < 0 ? '-' : '+';
  const zoneText = `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}${seconds}${zoneText}`;
}

/**
 * The one order of articles on the site, newest first: by the moment of publication (a time in
 * Minsk and one in UTC compare as moments, not as text), then by slug, so every list, feed and
 * sitemap agrees. A comparator for Array.prototype.sort.
 */
export function newestFirst(
  a: Readonly<{ publishedAt: string; slug: string }>,
  b: Readonly<{ publishedAt: string; slug: string }>,
): number {
  const difference = Date.parse(b.publishedAt) - Date.parse(a.publishedAt);
  return difference !== 0 ? difference : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** An article's moments: its publication, and its last change after it when there is one (ISO instants). */
type Dated = Readonly<{ publishedAt: string; modifiedAt?: string | undefined }>;

/**
 * The moment an article last changed, for structured data, previews, feeds and sitemaps: its update or
 * newest correction, but never earlier than its publication (an `updated:` day is midnight where the
 * newsroom is, which can fall before a publication written as a moment later that day). The only place
 * this is decided.
 */
export function lastModified(article: Dated): Date {
  const published = new Date(article.publishedAt);
  const modified = article.modifiedAt === undefined ? undefined : new Date(article.modifiedAt);
  return modified !== undefined && modified > published ? modified : published;
}

/** When the article changed after it was published, the moment of that change; otherwise undefined. */
export function changedAfterPublication(article: Dated): Date | undefined {
  const last = lastModified(article);
  return last > new Date(article.publishedAt) ? last : undefined;
}
