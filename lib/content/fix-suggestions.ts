import { isRealDate } from './dates';
import { slugify } from './slugify';

const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/;

/**
 * A date written another common way, as YYYY-MM-DD when it names a real day: `25.10.2018` and
 * `25/10/2018` (day first, as Belarus and most of Europe write it) → `2018-10-25`; `2018.10.25` too.
 */
export function toIsoDate(value: string): string | undefined {
  const dayFirst = DAY_FIRST.exec(value.trim());
  const yearFirst = YEAR_FIRST.exec(value.trim());
  const [year, month, day] = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : yearFirst
      ? [yearFirst[1], yearFirst[2], yearFirst[3]]
      : [];
  if (!year || !month || !day) return undefined;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : undefined;
}

/**
 * The fix for a refused front matter value when it is mechanical, or undefined: a date rewritten as
 * YYYY-MM-DD, a slug or alias spelled as a URL segment (Cyrillic transliterated as the article's
 * language spells it).
 */
export function mechanicalFix(field: string, value: unknown, language: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^(published|updated|corrections\.\d+\.date)$/.test(field)) {
    const iso = toIsoDate(value);
    return iso ? `write the date as YYYY-MM-DD: ${iso}` : undefined;
  }
  if (field === 'slug' || /^aliases\.\d+$/.test(field)) {
    const slug = slugify(value, typeof language === 'string' ? language : 'en');
    return slug && slug !== value ? `use lowercase a-z, 0-9 and single hyphens: ${slug}` : undefined;
  }
  return undefined;
}
