// Message catalogues: one JSON file per language in lib/i18n/catalogues/, read and checked against English.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type english from './catalogues/en.json';

/** Every key English has; every other catalogue must have exactly these. */
export type MessageKey = keyof typeof english;
/** Keys whose message is one string with `{placeholders}`. */
export type TextKey = { [K in MessageKey]: (typeof english)[K] extends string ? K : never }[MessageKey];
/** Keys whose message has a form per plural category (`one`, `few`, `many`, `other`). */
export type PluralKey = Exclude<MessageKey, TextKey>;

export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;
export type Catalogue = Readonly<Record<MessageKey, string | PluralForms>>;

/** The catalogue every other is checked against. */
export const REFERENCE_LANGUAGE = 'en';

/** One thing wrong with a catalogue, said as the fix a translator applies. */
export type CatalogueProblem = Readonly<{ file: string; key: string; fix: string }>;

const PLACEHOLDER = /\{(\w+)\}/g;
const placeholders = (message: string | PluralForms): Set<string> =>
  new Set(
    (typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) =>
      [...(text ?? '').matchAll(PLACEHOLDER)].map((match) => match[1] as string),
    ),
  );

/**
 * What is wrong with `catalogue` (the parsed JSON of `file`, for `language`) measured against English:
 * a key missing or unknown, a message empty, a plural message without a form its language's grammar
 * needs (Intl.PluralRules says which), a placeholder renamed or lost. Empty when it is complete.
 */
export function catalogueProblems(
  file: string,
  language: string,
  catalogue: unknown,
  reference: Readonly<Record<string, unknown>>,
): CatalogueProblem[] {
  if (typeof catalogue !== 'object' || catalogue === null || Array.isArray(catalogue))
    return [{ file, key: '(file)', fix: 'write the catalogue as one JSON object of "key": "message" pairs' }];
  const entries = catalogue as Record<string, unknown>;
  const problems: CatalogueProblem[] = [];
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  for (const [key, english] of Object.entries(reference)) {
    const message = entries[key];
    const add = (fix: string) => problems.push({ file, key, fix });
    if (message === undefined) {
      add(`the key is missing; add "${key}" with its translation of ${JSON.stringify(english)}`);
      continue;
    }
    if (typeof english === 'string') {
      if (typeof message !== 'string' || message.trim() === '')
        add(`write the message as one non-empty string, translating ${JSON.stringify(english)}`);
      else compareText(message, english as string, add);
      continue;
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      add(`write the message as an object with one form per plural category: ${categories.join(', ')}`);
      continue;
    }
    const forms = message as Record<string, unknown>;
    const missing = categories.filter((category) => typeof forms[category] !== 'string' || forms[category] === '');
    if (missing.length > 0)
      add(`${language} needs a form for each of ${categories.join(', ')}; add ${missing.join(', ')}`);
    const extra = Object.keys(forms).filter((category) => !(categories as string[]).includes(category));
    if (extra.length > 0) add(`${language} has no plural category ${extra.join(', ')}; remove it`);
    compareText(message as PluralForms, english as PluralForms, add);
  }
  for (const key of Object.keys(entries))
    if (!(key in reference))
      problems.push({
        file,
        key,
        fix: `English has no such key; remove it, or add it to ${REFERENCE_LANGUAGE}.json first`,
      });
  return problems;
}

function compareText(message: string | PluralForms, english: string | PluralForms, add: (fix: string) => void) {
  const want = placeholders(english);
  const have = placeholders(message);
  const lost = [...want].filter((name) => !have.has(name));
  const unknown = [...have].filter((name) => !want.has(name));
  if (lost.length > 0) add(`keep the placeholder${lost.length > 1 ? 's' : ''} ${lost.map((n) => `{${n}}`).join(', ')}`);
  if (unknown.length > 0)
    add(
      `${unknown.map((n) => `{${n}}`).join(', ')} is filled in by nothing; use only ${[...want].map((n) => `{${n}}`).join(', ') || 'plain text'}`,
    );
}

/** The catalogues as read: each language's messages, keyed by language tag. */
export type Catalogues = ReadonlyMap<string, Catalogue>;

/** Thrown when any catalogue is incomplete: the build stops rather than show a page with a hole in it. */
export class CatalogueError extends Error {
  constructor(readonly problems: readonly CatalogueProblem[]) {
    super(
      `The interface's message catalogues are incomplete:\n${problems.map(({ file, key, fix }) => `  ${file}: ${key}: ${fix}`).join('\n')}`,
    );
    this.name = 'CatalogueError';
  }
}

/** Where the catalogues live: adding a language is adding `<language>.json` here. */
export const CATALOGUE_DIR = path.join('lib', 'i18n', 'catalogues');

/**
 * Reads every `<language>.json` in `dir` and checks each against English. Throws a CatalogueError
 * naming every file, key and fix when any is incomplete, or when a file's name is not a language tag.
 */
export function readCatalogues(dir = path.resolve(CATALOGUE_DIR)): Catalogues {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const parsed = new Map<string, unknown>();
  const problems: CatalogueProblem[] = [];
  for (const name of files) {
    const file = path.join(path.relative(process.cwd(), dir) || '.', name);
    const language = name.slice(0, -'.json'.length);
    try {
      Intl.getCanonicalLocales(language);
      parsed.set(language, JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
    } catch (error) {
      problems.push({
        file,
        key: '(file)',
        fix:
          error instanceof SyntaxError
            ? `not valid JSON (${error.message}); fix the syntax`
            : 'name the file after its language tag, e.g. uk.json or pl.json',
      });
    }
  }
  const reference = parsed.get(REFERENCE_LANGUAGE);
  if (reference === undefined && problems.length === 0)
    problems.push({
      file: path.join(CATALOGUE_DIR, `${REFERENCE_LANGUAGE}.json`),
      key: '(file)',
      fix: 'the English catalogue is missing; restore it',
    });
  if (typeof reference === 'object' && reference !== null)
    for (const [language, catalogue] of parsed)
      problems.push(
        ...catalogueProblems(
          path.join(path.relative(process.cwd(), dir) || '.', `${language}.json`),
          language,
          catalogue,
          reference as Record<string, unknown>,
        ),
      );
  if (problems.length > 0) throw new CatalogueError(problems);
  return parsed as Map<string, Catalogue>;
}

let cached: Catalogues | undefined;
/** This build's catalogues, read and checked once. */
export function catalogues(): Catalogues {
  return (cached ??= readCatalogues());
}
