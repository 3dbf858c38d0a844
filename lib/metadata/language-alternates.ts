import type { Metadata } from 'next';
import { site } from '../site-config';

export type { Version } from '../content/article';

/** One language version of a page: its language and absolute URL. */
export type Alternate = Readonly<{ language: string; url: string }>;

/**
 * hreflang links for a page that exists in several languages: one per version, itself included, and
 * `x-default` for a reader whose language none matches (the default edition's version, else the first).
 * Every version gives the same set, so the links are reciprocal. Nothing for a page in one language.
 */
export function languageAlternates(
  versions: readonly Alternate[],
): Pick<NonNullable<Metadata['alternates']>, 'languages'> {
  if (versions.length < 2) return {};
  const fallback = versions.find(({ language }) => language === site.defaultLanguage) ?? versions[0];
  return {
    languages: {
      ...Object.fromEntries(versions.map(({ language, url }) => [language, url])),
      ...(fallback ? { 'x-default': fallback.url } : {}),
    },
  };
}
