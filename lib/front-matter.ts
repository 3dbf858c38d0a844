import matter from 'gray-matter';
import YAML from 'yaml';

export type SplitFile =
  | Readonly<{ ok: true; data: unknown; body: string; bodyFirstLine: number }>
  | Readonly<{ ok: false; field: string; value?: string; fix: string }>;

class YamlTagError extends Error {
  constructor(readonly warning: YAML.YAMLWarning) {
    super(warning.message);
  }
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
      const document = YAML.parseDocument(source, { schema: 'core', uniqueKeys: true, logLevel: 'silent' });
      if (document.errors[0]) throw document.errors[0];
      // An unknown tag (!!js/function, !!python/object) is only a warning to the yaml library; here it
      // is an error, so nothing that looks like code is ever taken as text either.
      const tag = document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
      if (tag) throw new YamlTagError(tag);
      return (document.toJS({ maxAliasCount: 0 }) as object | null) ?? {};
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
    return { ok: false, field: 'front matter', fix: describeYamlError(error) };
  }
}

function describeYamlError(error: unknown): string {
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
