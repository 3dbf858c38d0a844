import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './content-error';
import { missingVersions, readSitePages } from './site-pages';

const LANGUAGES = ['be', 'en', 'ru'];

/** Reads a content folder whose pages/ holds `files`. */
function read(files: Record<string, string> | undefined) {
  const root = mkdtempSync(path.join(tmpdir(), 'site-pages-'));
  const dir = path.join(root, 'content');
  mkdirSync(dir);
  if (files) {
    mkdirSync(path.join(dir, 'pages'));
    for (const [name, text] of Object.entries(files)) {
      if (name.endsWith('/')) mkdirSync(path.join(dir, 'pages', name));
      else writeFileSync(path.join(dir, 'pages', name), text);
    }
  }
  const result = readSitePages(dir, root, LANGUAGES);
  return { pages: result.pages, problems: result.problems.map(formatProblem) };
}

const CONTACT = `---
title: Contact us
label: Contact
description: How to reach the newsroom.
updated: 2026-11-30
---

Write to us. See [our standards](/about/editorial-standards/).
`;

describe('readSitePages', () => {
  it('reads each page version from content/pages/<id>.<language>.md', () => {
    const { pages, problems } = read({
      'contact.en.md': CONTACT,
      'contact.be.md': '---\ntitle: Кантакты\n---\n\nПішыце нам: гэта першы абзац старонкі, і ён даволі доўгі.\n',
    });
    expect(problems).toEqual([]);
    expect(pages.map(({ id, language, title, label, description, updated, file }) => ({
      id,
      language,
      title,
      label,
      description,
      updated,
      file,
    }))).toEqual([
      {
        id: 'contact',
        language: 'be',
        title: 'Кантакты',
        label: 'Кантакты',
        description: 'Пішыце нам: гэта першы абзац старонкі, і ён даволі доўгі.',
        updated: undefined,
        file: 'content/pages/contact.be.md',
      },
      {
        id: 'contact',
        language: 'en',
        title: 'Contact us',
        label: 'Contact',
        description: 'How to reach the newsroom.',
        updated: '2026-11-30',
        file: 'content/pages/contact.en.md',
      },
    ]);
    expect(pages[1]?.bodyHtml).toContain('<a href="/about/editorial-standards/">our standards</a>');
    expect(pages[1]?.bodyLinks).toEqual([
      { kind: 'link', target: '/about/editorial-standards/', line: 8 },
      { kind: 'link', target: '#p1', line: undefined },
    ]);
  });

  it('has no pages, and no problem, without the folder', () => {
    expect(read(undefined)).toEqual({ pages: [], problems: [] });
  });

  it.each([
    [
      'a page without a title',
      { 'privacy.en.md': '---\ndescription: What we keep.\n---\n\nNothing.\n' },
      'content/pages/privacy.en.md: title: is missing; write the page’s title as one line, e.g. title: Editorial standards',
    ],
    [
      'an unknown field',
      { 'privacy.en.md': '---\ntitel: Privacy\ntitle: Privacy\n---\n\nNothing.\n' },
      'content/pages/privacy.en.md: titel: "titel" is not valid; did you mean "title"? this field is unknown and would be ignored; use one of: title, label, description, updated',
    ],
    [
      'a date that does not exist',
      { 'privacy.en.md': '---\ntitle: Privacy\nupdated: 2026-02-30\n---\n\nNothing.\n' },
      'content/pages/privacy.en.md: updated: "2026-02-30" is not valid; use a date that exists, written YYYY-MM-DD, e.g. 2026-11-30',
    ],
    [
      'an empty page',
      { 'privacy.en.md': '---\ntitle: Privacy\n---\n' },
      'content/pages/privacy.en.md: body: is missing; write the page’s text below the closing "---"',
    ],
    [
      'raw HTML in the text, with its line',
      { 'privacy.en.md': '---\ntitle: Privacy\n---\n\nWe keep <b>nothing</b>.\n' },
      expect.stringMatching(/^content\/pages\/privacy\.en\.md: body \(line 5\): raw HTML "<b>" is not valid; /),
    ],
    [
      'a photo in the text',
      { 'privacy.en.md': '---\ntitle: Privacy\n---\n\n![Our office](images/office.jpg)\n' },
      'content/pages/privacy.en.md: body (line 5): "images/office.jpg" is not valid; a page of the newsroom’s own shows no photos: describe it in words, or put the photo in an article',
    ],
    [
      'a file named without its language',
      { 'privacy.md': CONTACT },
      'content/pages/privacy.md: name a page <id>.<language>.md, the id its address (/about/<id>/) and the language one of be, en, ru, e.g. privacy.en.md',
    ],
    [
      'a language the site has no catalogue for',
      { 'privacy.de.md': CONTACT },
      'content/pages/privacy.de.md: name a page <id>.<language>.md, the id its address (/about/<id>/) and the language one of be, en, ru, e.g. privacy.en.md',
    ],
    [
      'an id that is not an address',
      { 'Privacy_Policy.en.md': CONTACT },
      'content/pages/Privacy_Policy.en.md: name a page <id>.<language>.md, the id its address (/about/<id>/) and the language one of be, en, ru, e.g. privacy-policy.en.md',
    ],
    [
      'a folder or another file',
      { 'drafts/': '', 'notes.txt': 'x' },
      'content/pages/drafts: content/pages/ holds only pages, one <id>.<language>.md file each; move this out of it',
    ],
  ])('refuses %s, naming the file, the field and the fix', (_, files, message) => {
    expect(read(files).problems).toContainEqual(message);
  });
});

describe('missingVersions', () => {
  it('names every page missing in an edition the site publishes, and what to translate', () => {
    const { pages } = read({ 'contact.en.md': CONTACT, 'contact.be.md': CONTACT, 'privacy.en.md': CONTACT });
    expect(missingVersions(pages, ['en', 'be'], 'content/pages').map(formatProblem)).toEqual([
      'content/pages/privacy.be.md: is missing; the site has a be edition, and every page of it links to this page: write it, translating content/pages/privacy.en.md',
    ]);
  });
});
