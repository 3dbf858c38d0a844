// People and topics: one id each, a name per language, read from content/authors.yml and content/topics.yml.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import type { ContentProblem } from './content-error';
import { showValue } from './content-error';
import { describeYamlError, parseSafeYaml } from './front-matter';
import { findInvisible } from './text-checks';
import { editDistance } from './edit-distance';
import { type Portrait, type ProfileLink, profileFields, unknownLinkFix } from './author-profile';
import { withLines } from './yaml-lines';

export const AUTHORS_FILE = 'authors.yml';
export const TOPICS_FILE = 'topics.yml';

type ByLanguage = Readonly<Record<string, string>>;

/**
 * One person who writes for the site: a permanent id, their name in each language, and about them: a
 * biography and role per language, a photo, links to their other profiles, their fediverse handle.
 */
export type Person = Readonly<{
  id: string;
  names: ByLanguage;
  bios: ByLanguage;
  roles: ByLanguage;
  photo: Portrait | undefined;
  links: readonly ProfileLink[];
  fediverse: string | undefined;
}>;
/** One subject the site covers: a permanent id and its name in each language. */
export type Topic = Readonly<{ id: string; names: ByLanguage }>;

/** Every registered person and topic, with every written form of their names, for looking up. */
export type Registry = Readonly<{
  authors: ReadonlyMap<string, Person>;
  topics: ReadonlyMap<string, Topic>;
  /** Each normalised name or id, and the id it stands for. */
  authorForms: ReadonlyMap<string, string>;
  topicForms: ReadonlyMap<string, string>;
  /** Where each registry was read from, relative to the project root, for messages. */
  files: Readonly<{ author: string; topic: string }>;
}>;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const line = (what: string, max: number) =>
  z
    .string({ error: `write ${what} as one line of text` })
    .trim()
    .min(1, { error: `write ${what} as one line of text` })
    .max(max, { error: `${what} may be at most ${max} characters: shorten it` })
    .refine((value) => !findInvisible(value), { error: 'remove the invisible character; write visible text only' });

const byLanguage = (what: string, max: number, languages: readonly string[]) =>
  z.record(
    z.string().refine((tag) => languages.includes(tag), {
      error: `use the site's language codes: ${languages.join(', ')}`,
    }),
    line(what, max),
    { error: `give ${what} per language, one "<code>: <text>" line each, e.g. en: …` },
  );

function schemas(languages: readonly string[]) {
  return {
    person: z.strictObject(
      {
        name: byLanguage('the name', 100, languages).refine((names) => Object.keys(names).length > 0, {
          error: 'give the name in at least one language',
        }),
        bio: byLanguage('a short biography', 600, languages).optional(),
        role: byLanguage('the role', 100, languages).optional(),
        ...profileFields,
      },
      {
        error:
          'give each person as "<id>:" with "name:" (and optionally "bio:", "role:", "photo:", "links:", "fediverse:") indented under it',
      },
    ),
    topic: z.strictObject(
      {
        name: byLanguage('the topic', 60, languages).refine((names) => Object.keys(names).length > 0, {
          error: 'give the topic’s name in at least one language',
        }),
      },
      { error: 'give each topic as "<id>:" with "name:" indented under it' },
    ),
  };
}

/** A name as it is compared: case, punctuation and spacing do not matter ("NATO!" is "nato"). */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

type Read<T> = { entries: Map<string, T>; forms: Map<string, string>; problems: ContentProblem[] };

function readFile<T extends { names: ByLanguage }>(
  file: string,
  absolute: string,
  kind: 'person' | 'topic',
  languages: readonly string[],
  build: (id: string, value: never) => T,
): Read<T> {
  const result: Read<T> = { entries: new Map(), forms: new Map(), problems: [] };
  const problem = (field: string, fix: string, value?: unknown) =>
    result.problems.push({ file, field, fix, ...(value === undefined ? {} : { value: showValue(value) }) });
  if (!existsSync(absolute)) {
    problem(
      'file',
      kind === 'person'
        ? `is missing; create it with one entry per author, e.g.\nzmitser-mitskevich:\n  name:\n    en: Zmitser Mitskevich\n    be: Зміцер Міцкевіч`
        : `is missing; create it with one entry per topic, e.g.\nbelarus:\n  name:\n    en: Belarus\n    be: Беларусь`,
    );
    return result;
  }
  const source = readFileSync(absolute, 'utf8');
  const checked = checkEntries(file, source, kind, languages, build);
  return { ...checked, problems: withLines(checked.problems, source) };
}

function checkEntries<T extends { names: ByLanguage }>(
  file: string,
  source: string,
  kind: 'person' | 'topic',
  languages: readonly string[],
  build: (id: string, value: never) => T,
): Read<T> {
  const result: Read<T> = { entries: new Map(), forms: new Map(), problems: [] };
  const problem = (field: string, fix: string, value?: unknown) =>
    result.problems.push({ file, field, fix, ...(value === undefined ? {} : { value: showValue(value) }) });
  let data: unknown;
  try {
    data = parseSafeYaml(source) ?? {};
  } catch (error) {
    problem('file', unquotedHandleFix(error, source) ?? describeYamlError(error).replaceAll('front matter line', 'line'));
    return result;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problem('file', `write one "<id>:" entry per ${kind === 'person' ? 'author' : 'topic'}, each with its names under it`);
    return result;
  }
  const schema = schemas(languages)[kind];
  for (const [id, value] of Object.entries(data)) {
    if (!ID.test(id)) {
      problem(id, 'an id is lowercase a-z, 0-9 and single hyphens, e.g. zmitser-mitskevich; it is the page address and never changes', id);
      continue;
    }
    const checked = schema.safeParse(value);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = [id, ...issue.path.map(String)].join('.');
        if (issue.code === 'unrecognized_keys')
          for (const key of issue.keys)
            problem(
              `${id}.${key}`,
              `unknown field; use ${kind === 'person' ? 'name, bio, role, photo, links and fediverse' : 'name'}`,
              key,
            );
        else if (issue.code === 'invalid_key' && issue.path[0] === 'links')
          problem(field, unknownLinkFix(String(issue.path.at(-1))), issue.path.at(-1));
        else if (issue.code === 'invalid_key')
          problem(field, `not one of the site's languages; use ${languages.join(', ')}`, issue.path.at(-1));
        else problem(field, issue.message, valueAt(value, issue.path));
      }
      continue;
    }
    const entry = build(id, checked.data as never);
    result.entries.set(id, entry);
  }
  // Every form of every name points at one id; a form two ids share would make articles ambiguous.
  for (const entry of result.entries.values()) {
    const { id } = entry as unknown as { id: string };
    for (const form of new Set([id, ...Object.values(entry.names)].map(nameKey))) {
      const owner = result.forms.get(form);
      if (owner === undefined) result.forms.set(form, id);
      else if (owner !== id)
        problem(
          `${id}.name`,
          `"${form}" is also a name of ${owner}; an article could not say which is meant, so give one of them another spelling`,
        );
    }
  }
  return result;
}

/**
 * Reads content/authors.yml and content/topics.yml. Every problem (a missing file, a bad id, a name in
 * a language the site does not have, one name for two entries) comes back with the file and the field.
 */
export function readRegistry(
  contentDir: string,
  rootDir: string,
  languages: readonly string[],
): { registry: Registry; problems: ContentProblem[] } {
  const relative = (name: string) => path.relative(rootDir, path.join(contentDir, name)) || name;
  const authors = readFile(relative(AUTHORS_FILE), path.join(contentDir, AUTHORS_FILE), 'person', languages, (id, value: {
    name: ByLanguage;
    bio?: ByLanguage;
    role?: ByLanguage;
    photo?: { src: string; focus?: Portrait['focus'] };
    links?: Record<string, string>;
    fediverse?: string;
  }) => ({
    id,
    names: value.name,
    bios: value.bio ?? {},
    roles: value.role ?? {},
    photo: value.photo && { src: value.photo.src, focus: value.photo.focus ?? 'center' },
    links: Object.entries(value.links ?? {}).map(([kind, url]) => ({ kind, url }) as ProfileLink),
    fediverse: value.fediverse,
  }));
  const topics = readFile(relative(TOPICS_FILE), path.join(contentDir, TOPICS_FILE), 'topic', languages, (id, value: {
    name: ByLanguage;
  }) => ({ id, names: value.name }));
  return {
    registry: {
      authors: authors.entries,
      topics: topics.entries,
      authorForms: authors.forms,
      topicForms: topics.forms,
      files: { author: relative(AUTHORS_FILE), topic: relative(TOPICS_FILE) },
    },
    problems: [...authors.problems, ...topics.problems],
  };
}

/** The id `written` stands for (an id or any registered form of a name, in any language), or undefined. */
export function resolveId(registry: Registry, kind: 'author' | 'topic', written: string): string | undefined {
  return (kind === 'author' ? registry.authorForms : registry.topicForms).get(nameKey(written));
}

/** A person or topic as an article shows it: the id (its page) and the name in the article's language. */
export type Named = Readonly<{ id: string; name: string }>;

/**
 * The registered person or topic an article means by `written` (an id or any registered form of a
 * name, in any language), named in `language`. Otherwise the fix: the closest registered name, or
 * the line to add to the registry.
 */
export function lookUp(
  registry: Registry,
  kind: 'author' | 'topic',
  written: string,
  language: string,
): { found: Named } | { fix: string } {
  const forms = kind === 'author' ? registry.authorForms : registry.topicForms;
  const file = registry.files[kind];
  const id = forms.get(nameKey(written));
  if (id === undefined) {
    const key = nameKey(written);
    let best: { form: string; id: string; distance: number } | undefined;
    for (const [form, owner] of forms) {
      const distance = editDistance(key, form);
      if (!best || distance < best.distance) best = { form, id: owner, distance };
    }
    const entry = best && (kind === 'author' ? registry.authors : registry.topics).get(best.id);
    const closest =
      best && entry && best.distance <= Math.max(2, Math.floor(key.length / 3))
        ? `did you mean ${JSON.stringify(entry.names[language] ?? Object.values(entry.names)[0])} (${best.id})? `
        : '';
    const who = kind === 'author' ? 'no author' : 'no topic';
    return {
      fix: `${closest}${who} in ${file} is called that; write a registered name or id, or add ${kind === 'author' ? 'the person' : 'the topic'} to ${file}`,
    };
  }
  const entry = (kind === 'author' ? registry.authors : registry.topics).get(id) as Person | Topic;
  const name = entry.names[language];
  if (name === undefined)
    return {
      fix: `${file} has no ${language} name for ${id}; add "${language}: …" under ${id}'s name`,
    };
  return { found: { id, name } };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * YAML reads a value starting with `@` as reserved, so `fediverse: @name@host` does not parse: the fix
 * is the same line with the value in quotes. Undefined for any other error.
 */
function unquotedHandleFix(error: unknown, source: string): string | undefined {
  const line = error instanceof YAML.YAMLError ? error.linePos?.[0].line : undefined;
  const written = line === undefined ? undefined : /^(\s*)([\w-]+):\s*(@\S*)\s*$/.exec(source.split('\n')[line - 1] ?? '');
  if (!written) return undefined;
  const [, , key, value] = written;
  return `a value starting with @ at line ${line} must be in quotes: ${key}: ${JSON.stringify(value)}`;
}
