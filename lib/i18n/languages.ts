// Which languages the site speaks, and whether a tag an editor wrote names a real language.
import { catalogues } from './catalogues';

const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** The languages the site can show a page in: one per catalogue, sorted by tag. */
export function siteLanguages(): string[] {
  return [...catalogues().keys()].sort();
}

/** "Belarusian" for `be`, or undefined when the tag names no real language. */
export function languageName(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ? englishNames.of(canonical) : undefined;
  } catch {
    return undefined;
  }
}

/** Names as editors write them, for a helpful fix: "english" → en, "belarusian" → be. */
const BY_NAME = new Map(
  ['be', 'ru', 'en', 'uk', 'pl', 'lt', 'lv', 'de', 'fr', 'es', 'it'].flatMap((tag) => {
    const name = englishNames.of(tag)?.toLowerCase();
    const own = new Intl.DisplayNames([tag], { type: 'language' }).of(tag)?.toLowerCase();
    return [name, own].filter((n): n is string => Boolean(n)).map((n) => [n, tag] as const);
  }),
);

/**
 * Why `tag` cannot be an article's language, as the fix an editor applies, or undefined when the site
 * can publish in it: a real BCP 47 language (not a country such as `by`, not a word such as `english`)
 * that has a message catalogue.
 */
export function languageProblem(tag: string, available: readonly string[] = siteLanguages()): string | undefined {
  const known = available.map((code) => `${code} (${languageName(code) ?? code})`).join(', ');
  const named = BY_NAME.get(tag.trim().toLowerCase());
  if (named) return `write the language as its code: ${named}`;
  const name = languageName(tag);
  if (!name) {
    const region =
      /^[a-z]{2}$/i.test(tag) && tag.toUpperCase() !== 'ZZ' ? regionNames.of(tag.toUpperCase()) : undefined;
    const country = region ? `"${tag}" is the country code of ${region}, not a language; ` : '';
    return `${country}write a language code, one of: ${known}`;
  }
  if (available.includes(tag)) return undefined;
  const base = tag.split('-')[0]?.toLowerCase() ?? '';
  if (available.includes(base)) return `the site's ${languageName(base)} is "${base}"; write language: ${base}`;
  return `there is no interface in ${name} yet; write one of ${known}, or add lib/i18n/catalogues/${tag}.json (see README)`;
}
