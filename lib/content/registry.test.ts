import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './content-error';
import { lookUp, nameKey, readRegistry } from './registry';
import { TEST_AUTHORS, TEST_TOPICS } from '@/tests/helpers/registry';

const LANGUAGES = ['be', 'en', 'ru'];

function read(authors: string | undefined, topics: string | undefined = TEST_TOPICS) {
  const root = mkdtempSync(path.join(tmpdir(), 'registry-'));
  if (authors !== undefined) writeFileSync(path.join(root, 'authors.yml'), authors);
  if (topics !== undefined) writeFileSync(path.join(root, 'topics.yml'), topics);
  const result = readRegistry(root, root, LANGUAGES);
  return { ...result, messages: result.problems.map(formatProblem) };
}

describe('readRegistry', () => {
  it('reads one id per person and topic, with every written form of the name pointing at it', () => {
    const { registry, messages } = read(TEST_AUTHORS);
    expect(messages).toEqual([]);
    expect(registry.authors.get('zmitser-mitskevich')?.names).toEqual({
      en: 'Zmitser Mitskevich',
      be: 'Зміцер Міцкевіч',
      ru: 'Дмитрий Мицкевич',
    });
    expect(registry.topicForms.get(nameKey('Беларусь'))).toBe('belarus');
  });

  it('names a missing registry and what to write in it', () => {
    expect(read(undefined).messages[0]).toMatch(/^authors\.yml: is missing; create it with one entry per author, e\.g\./);
  });

  it('refuses a bad id, a language the site does not have, an unknown field and one name for two people', () => {
    const { messages } = read(
      'Zmitser M:\n  name: { en: Z }\na:\n  name: { by: Зміцер }\nb:\n  name: { en: B }\n  biography: { en: x }\nc:\n  name: { en: Hanna }\nd:\n  name: { ru: hanna }\n',
    );
    expect(messages).toEqual([
      expect.stringMatching(/^authors\.yml: Zmitser M: "Zmitser M" is not valid; an id is lowercase a-z/),
      'authors.yml: a.name.by: "by" is not valid; not one of the site\'s languages; use be, en, ru',
      'authors.yml: b.biography: "biography" is not valid; unknown field; use name, bio and role',
      'authors.yml: d.name: is missing; "hanna" is also a name of c; an article could not say which is meant, so give one of them another spelling',
    ]);
  });
});

describe('lookUp', () => {
  const { registry } = read(TEST_AUTHORS);

  it('finds a person by id or by their name in any language, case and punctuation aside, named in the article’s language', () => {
    for (const written of ['zmitser-mitskevich', 'Zmitser Mitskevich', 'ZMITSER  MITSKEVICH', 'Зміцер Міцкевіч', 'Дмитрий Мицкевич'])
      expect(lookUp(registry, 'author', written, 'be')).toEqual({ found: { id: 'zmitser-mitskevich', name: 'Зміцер Міцкевіч' } });
  });

  it('suggests the closest registered person for an unknown name', () => {
    expect(lookUp(registry, 'author', 'Zmitser Mickevich', 'en')).toEqual({
      fix: 'did you mean "Zmitser Mitskevich" (zmitser-mitskevich)? no author in authors.yml is called that; write a registered name or id, or add the person to authors.yml',
    });
  });

  it('makes one topic of one place however it is spelt, and asks for a name missing in the article’s language', () => {
    expect(lookUp(registry, 'topic', 'Беларусь', 'ru')).toEqual({ found: { id: 'belarus', name: 'Беларусь' } });
    expect(lookUp(registry, 'topic', 'belarus', 'en')).toEqual({ found: { id: 'belarus', name: 'Belarus' } });
    const { registry: partial } = read(TEST_AUTHORS, 'nato:\n  name: { en: NATO }\n');
    expect(lookUp(partial, 'topic', 'NATO', 'be')).toEqual({
      fix: 'topics.yml has no be name for nato; add "be: …" under nato\'s name',
    });
  });
});
