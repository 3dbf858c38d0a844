import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_DIR, CatalogueError, catalogueProblems, readCatalogues } from './catalogues';

const english = JSON.parse(readFileSync(path.join(CATALOGUE_DIR, 'en.json'), 'utf8')) as Record<string, unknown>;

/** A catalogue folder holding the real English one and `others` (language → JSON text). */
function folderWith(others: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'catalogues-'));
  writeFileSync(path.join(dir, 'en.json'), JSON.stringify(english));
  for (const [language, text] of Object.entries(others)) writeFileSync(path.join(dir, `${language}.json`), text);
  return dir;
}

describe('the site’s catalogues', () => {
  it('are complete in English, Belarusian and Russian', () => {
    expect([...readCatalogues().keys()]).toEqual(['be', 'en', 'ru']);
  });
});

describe('readCatalogues', () => {
  it('stops the build when a catalogue lacks a key, naming the file, the key and the English to translate', () => {
    const rest = Object.fromEntries(Object.entries(english).filter(([key]) => key !== 'cite.title'));
    const dir = folderWith({ uk: JSON.stringify({ ...rest, 'language.name': 'Українська' }) });
    expect(() => readCatalogues(dir)).toThrow(CatalogueError);
    expect(() => readCatalogues(dir)).toThrow(
      /uk\.json: cite\.title: the key is missing; add "cite\.title" with its translation of "Cite this article"/,
    );
  });

  it('takes a new language as one more file', () => {
    const dir = folderWith({ pl: JSON.stringify({ ...english, 'language.name': 'Polski' }) });
    expect(() => readCatalogues(dir)).toThrow(
      /pl\.json: readingTime: pl needs a form for each of few, many, one, other; add few, many/,
    );
    const plural = {
      one: '{count} minuta czytania',
      few: '{count} minuty czytania',
      many: '{count} minut czytania',
      other: '{count} minuty czytania',
    };
    const complete = folderWith({
      pl: JSON.stringify({
        ...english,
        readingTime: plural,
        byline: {
          ...plural,
          one: 'Autor: {authors}',
          few: 'Autorzy: {authors}',
          many: 'Autorzy: {authors}',
          other: 'Autorzy: {authors}',
        },
        'browse.articleCount': {
          one: '{count} artykuł',
          few: '{count} artykuły',
          many: '{count} artykułów',
          other: '{count} artykułu',
        },
      }),
    });
    expect([...readCatalogues(complete).keys()]).toEqual(['en', 'pl']);
  });

  it('refuses a file that is not JSON, or not named after a language', () => {
    expect(() => readCatalogues(folderWith({ be: '{ "language.name": ' }))).toThrow(
      /be\.json: \(file\): not valid JSON/,
    );
    expect(() => readCatalogues(folderWith({ 'not a tag': '{}' }))).toThrow(/name the file after its language tag/);
  });
});

describe('catalogueProblems', () => {
  const reference = { greeting: 'Hello, {name}', minutes: { one: '{count} minute', other: '{count} minutes' } };

  it('finds a lost or invented placeholder, an empty message, and a key English does not have', () => {
    expect(
      catalogueProblems(
        'x.json',
        'en',
        { greeting: 'Hello, {who}', minutes: { one: '', other: '{count}' }, extra: 'x' },
        reference,
      ),
    ).toEqual([
      { file: 'x.json', key: 'greeting', fix: 'keep the placeholder {name}' },
      { file: 'x.json', key: 'greeting', fix: '{who} is filled in by nothing; use only {name}' },
      { file: 'x.json', key: 'minutes', fix: 'en needs a form for each of one, other; add one' },
      { file: 'x.json', key: 'extra', fix: 'English has no such key; remove it, or add it to en.json first' },
    ]);
  });
});
