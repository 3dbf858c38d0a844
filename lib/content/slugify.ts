import slugifyLatin from '@sindresorhus/slugify';

// Belarusian and Russian letters in a plain Latin spelling a reader can type; г is h in Belarusian.
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'w',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

// The library's defaults that would change slugs already published ("Belarus & Poland" stays
// belarus-poland) or spell out an emoji. And decamelize stays off: "Æsop" is one word, not "a-esop".
const KEEP_OUR_SLUGS: [string, string][] = [
  ['&', ' '],
  ['🦄', ' '],
  ['♥', ' '],
];

/**
 * Turns a headline, name or topic into a URL segment of lowercase a-z, 0-9 and single hyphens:
 * "Łukašenka’s NATO claim" → "lukasenkas-nato-claim", "Мінск" → "minsk", "Straße" → "strasse".
 * Belarusian and Russian letters follow our table above (г is h in Belarusian, ў is w); every other
 * script is transliterated by @sindresorhus/slugify. Text is composed first (NFC), so a name typed
 * with combining marks loses no letters. Returns '' when nothing spellable is left (a headline of
 * emoji), so callers can ask for an explicit slug.
 */
export function slugify(text: string, language = 'en', maxLength = 80): string {
  let latin = '';
  for (const char of text.normalize('NFC').toLowerCase()) {
    if (char === 'г' && language.startsWith('be')) latin += 'h';
    else latin += CYRILLIC[char] ?? char;
  }
  const words = slugifyLatin(latin, { decamelize: false, customReplacements: KEEP_OUR_SLUGS })
    .split('-')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0]?.slice(0, maxLength) ?? '');
}
