import matter from 'gray-matter';
import YAML from 'yaml';
import { showValue } from './content-error';

export type SplitFile =
  | Readonly<{ ok: true; data: unknown; body: string; bodyFirstLine: number }>
  | Readonly<{ ok: false; field: string; value?: string; fix: string }>;

class YamlTagError extends Error {
  constructor(readonly warning: YAML.YAMLWarning) {
    super(warning.message);
  }
}

/** A YAML error with the front matter text it was found in, so the message can name the field. */
class YamlSourceError extends Error {
  constructor(
    readonly error: unknown,
    readonly source: string,
  ) {
    super(error instanceof Error ? error.message : String(error));
  }
}

/**
 * YAML as editors write it and nothing more: the core schema, unique keys, no aliases, and an unknown
 * tag (!!js/function, !!python/object) an error rather than a warning, so nothing that looks like code
 * is ever taken as text either. Throws the yaml library's error; describeYamlError words it.
 */
export function parseSafeYaml(source: string): unknown {
  const document = YAML.parseDocument(source, { schema: 'core', uniqueKeys: true, logLevel: 'silent' });
  if (document.errors[0]) throw document.errors[0];
  const tag = document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (tag) throw new YamlTagError(tag);
  return document.toJS({ maxAliasCount: 0 });
}

const refuse = (name: string) => () => {
  throw new Error(`${name} front matter is not allowed`);
};

// gray-matter picks an engine from the text after the opening fence and would `eval` ---js.
// Every engine but YAML throws, and splitFrontMatter refuses any other fence before calling it.
const options = {
  language: 'yaml',
  engines: {
    yaml: (source: string): object => {
      try {
        return (parseSafeYaml(source) as object | null) ?? {};
      } catch (error) {
        throw new YamlSourceError(error, source);
      }
    },
    js: refuse('JavaScript'),
    javascript: refuse('JavaScript'),
    json: refuse('JSON'),
    coffee: refuse('CoffeeScript'),
    coffeescript: refuse('CoffeeScript'),
    toml: refuse('TOML'),
  },
};

/**
 * Splits a file's text into its YAML front matter (parsed with the core schema: dates stay strings,
 * aliases and duplicate keys are refused, nothing is executed) and its Markdown body.
 */
export function splitFrontMatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  if (firstLine.trim() !== '---') {
    return {
      ok: false,
      field: 'front matter',
      value: JSON.stringify(firstLine.slice(0, 40)),
      fix: 'the first line must be exactly "---" (YAML front matter only; ---js and other engines are not allowed)',
    };
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return {
      ok: false,
      field: 'front matter',
      fix: 'close the front matter with a line of exactly "---" before the article text',
    };
  }
  try {
    // gray-matter caches by input string; a fresh object per call keeps errors reported every time.
    const parsed = matter(text, { ...options });
    const before = text.slice(0, text.length - parsed.content.length);
    return { ok: true, data: parsed.data, body: parsed.content, bodyFirstLine: before.split('\n').length };
  } catch (error) {
    if (error instanceof YamlSourceError) {
      const byField = describeByField(error.error, error.source);
      if (byField) return { ok: false, ...byField };
      return { ok: false, field: 'front matter', fix: describeYamlError(error.error) };
    }
    return { ok: false, field: 'front matter', fix: describeYamlError(error) };
  }
}

// What each list field looks like written plainly, for a value nested too deeply to read.
const PLAIN_LISTS: Readonly<Record<string, string>> = {
  topics: 'write each topic as "- name" on its own line under topics:',
  aliases: 'write each earlier slug as "- slug" on its own line under aliases:',
  corrections: 'write each correction as "- date: YYYY-MM-DD" with a "text:" line under it',
};

/**
 * Two YAML mistakes an editor makes, explained by the field they are in and its line instead of in
 * YAML's words: an unquoted value containing ": " (`headline: Lukashenka: no talks`), and a value nested
 * so deeply that the reader gives up. Undefined for any other error. Front matter lines are the file's
 * (the YAML starts on the opening "---" line), as in the other front matter messages.
 */
function describeByField(error: unknown, source: string): { field: string; value: string; fix: string } | undefined {
  if (!(error instanceof YAML.YAMLError) || !error.linePos?.[0]) return undefined;
  const lines = source.split('\n');
  // The top-level field the error is in: the nearest line at or above it that starts with `name:`.
  for (let index = error.linePos[0].line - 1; index >= 0; index -= 1) {
    const match = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/.exec(lines[index] ?? '');
    if (!match) continue;
    const [, field = '', value = ''] = match;
    const line = index + 1;
    if (/Maximum call stack/i.test(error.message)) {
      const plain = PLAIN_LISTS[field] ?? 'write it as one plain value';
      return {
        field,
        value: showValue(value),
        fix: `it is nested too deeply to be read at front matter line ${line} (lists or brackets inside each other); ${plain}`,
      };
    }
    if (line === error.linePos[0].line && /: /.test(value) && !/^["']/.test(value)) {
      return {
        field,
        value: showValue(value),
        fix: `at front matter line ${line}, YAML reads ": " as the start of another field, so put the whole value in quotes: ${field}: ${JSON.stringify(value)}`,
      };
    }
    return undefined;
  }
  return undefined;
}

export function describeYamlError(error: unknown): string {
  if (error instanceof YamlTagError) {
    const where = error.warning.linePos?.[0] ? ` at front matter line ${error.warning.linePos[0].line}` : '';
    return `YAML tags such as !!js/function are not allowed${where}; write plain text, and put it in quotes if it starts with "!"`;
  }
  if (error instanceof YAML.YAMLParseError || error instanceof YAML.YAMLError) {
    const where = error.linePos?.[0] ? ` at front matter line ${error.linePos[0].line}` : '';
    if (error.code === 'DUPLICATE_KEY') return `a field is written twice${where}; keep one`;
    return `the YAML cannot be read${where} (${error.message.split('\n')[0]}); check indentation and quote values that contain ": " or start with a special character`;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/alias/i.test(message)) return 'YAML aliases (*name) are not allowed; write each value out';
  return `the front matter cannot be read (${message}); write plain YAML "key: value" lines`;
}
