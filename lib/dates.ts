const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is written YYYY-MM-DD and names a day that exists (no 2018-02-30). */
export function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const HUMAN_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Formats a validated YYYY-MM-DD date for readers, e.g. "24 October 2018"; the same on every machine. */
export function formatDate(isoDate: string): string {
  return HUMAN_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}
