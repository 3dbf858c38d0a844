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

/** The moment a validated date or date-time stands for; a bare date is midnight UTC. */
export function toInstant(value: string): Date {
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/**
 * The one order of articles on the site, newest first: by the moment of publication (a time in
 * Minsk and one in UTC compare as moments, not as text), then by slug, so every list, feed and
 * sitemap agrees. A comparator for Array.prototype.sort.
 */
export function newestFirst(
  a: Readonly<{ published: string; slug: string }>,
  b: Readonly<{ published: string; slug: string }>,
): number {
  const difference = toInstant(b.published).getTime() - toInstant(a.published).getTime();
  return difference !== 0 ? difference : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

type Dated = Readonly<{ published: string; modified?: string | undefined }>;

/**
 * The moment an article last changed, for structured data, previews, feeds and sitemaps: its update or
 * newest correction, but never earlier than its publication (an `updated:` day is midnight UTC, which
 * can fall before a publication written as a moment later that day). The only place this is decided.
 */
export function lastModified(article: Dated): Date {
  const published = toInstant(article.published);
  const modified = article.modified === undefined ? undefined : toInstant(article.modified);
  return modified !== undefined && modified > published ? modified : published;
}

/** When the article changed after it was published, the moment of that change; otherwise undefined. */
export function changedAfterPublication(article: Dated): Date | undefined {
  const last = lastModified(article);
  return last > toInstant(article.published) ? last : undefined;
}
