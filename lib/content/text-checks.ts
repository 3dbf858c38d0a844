// Checks on the text of one-line front matter fields (headline, author, standfirst, topics, …).

// Characters a reader cannot see that change or hide what is shown: controls, bidirectional
// embeddings, overrides, isolates and marks, zero-width characters, and the soft hyphen (fine in the
// body, where a long word may break; invisible in a title). Line and paragraph separators are left to
// the escaping every output already does (the hostile fixture site has one).
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

const NAMES: Readonly<Record<string, string>> = {
  '\u00ad': 'soft hyphen',
  '\u061c': 'Arabic letter mark',
  '\u180e': 'Mongolian vowel separator',
  '\u200b': 'zero width space',
  '\u200c': 'zero width non-joiner',
  '\u200d': 'zero width joiner',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u2060': 'word joiner',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\ufeff': 'zero width no-break space',
};

/** `U+202E` for a character. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The first invisible character in one-line text, described for an editor with its position
 * (counted in characters from 1), e.g. "U+202E (right-to-left override) at character 12"; undefined
 * when there is none. Non-breaking spaces, dashes and quotation marks are ordinary typography and pass.
 */
export function findInvisible(text: string): string | undefined {
  const chars = [...text];
  const index = chars.findIndex((char) => INVISIBLE.test(char));
  if (index === -1) return undefined;
  const char = chars[index] ?? '';
  return `${codePointName(char)} (${NAMES[char] ?? 'a control character'}) at character ${index + 1}`;
}

/** Text with every invisible character written as a \u escape, safe to print in a message. */
export function showInvisible(text: string): string {
  return text.replace(
    new RegExp(INVISIBLE.source, 'gu'),
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
