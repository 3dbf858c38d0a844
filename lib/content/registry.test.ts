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
      expect.stringMatching(/^authors\.yml: Zmitser M \(line 1\): "Zmitser M" is not valid; an id is lowercase a-z/),
      'authors.yml: a.name.by (line 4): "by" is not valid; not one of the site\'s languages; use be, en, ru',
      'authors.yml: b.biography (line 7): "biography" is not valid; unknown field; use name, bio, role, photo, links and fediverse',
      'authors.yml: d.name (line 11): is missing; "hanna" is also a name of c; an article could not say which is meant, so give one of them another spelling',
    ]);
  });
});

describe('an author’s profile in authors.yml', () => {
  const PROFILE = `zmitser-mitskevich:
  name: { en: Zmitser Mitskevich }
  photo:
    src: images/zmitser.jpg
    focus: top
  links:
    website: https://zmitser.example.org/
    mastodon: https://mastodon.social/@zmitser
    bluesky: https://bsky.app/profile/zmitser.bsky.social
    x: https://x.com/zmitser
  fediverse: "@zmitser@mastodon.social"
`;

  it('reads a photo, links in the order written, and a fediverse handle', () => {
    const { registry, messages } = read(PROFILE);
    expect(messages).toEqual([]);
    expect(registry.authors.get('zmitser-mitskevich')).toMatchObject({
      photo: { src: 'images/zmitser.jpg', focus: 'top' },
      links: [
        { kind: 'website', url: 'https://zmitser.example.org/' },
        { kind: 'mastodon', url: 'https://mastodon.social/@zmitser' },
        { kind: 'bluesky', url: 'https://bsky.app/profile/zmitser.bsky.social' },
        { kind: 'x', url: 'https://x.com/zmitser' },
      ],
      fediverse: '@zmitser@mastodon.social',
    });
    expect(read(TEST_AUTHORS).registry.authors.get('zmitser-mitskevich')).toMatchObject({ links: [] });
  });

  it.each([
    [
      'a link that is not https',
      PROFILE.replace('https://x.com/zmitser', 'http://x.com/zmitser'),
      'authors.yml: zmitser-mitskevich.links.x (line 10): "http://x.com/zmitser" is not valid; write the profile’s full address starting with https://, e.g. x: https://x.com/zmitser',
    ],
    [
      'a kind of link the site does not know',
      PROFILE.replace('    x: https://x.com/zmitser', '    twitter: https://x.com/zmitser'),
      'authors.yml: zmitser-mitskevich.links.twitter (line 10): "twitter" is not valid; did you mean "x"? use one of website, mastodon, bluesky, x, threads, instagram, facebook, linkedin, telegram, youtube, github',
    ],
    [
      'a fediverse handle not of the form @name@host',
      PROFILE.replace('"@zmitser@mastodon.social"', 'zmitser@mastodon.social'),
      'authors.yml: zmitser-mitskevich.fediverse (line 11): "zmitser@mastodon.social" is not valid; write the handle as @name@host, in quotes, e.g. fediverse: "@zmitser@mastodon.social"',
    ],
    [
      'a fediverse handle left out of quotes',
      PROFILE.replace('"@zmitser@mastodon.social"', '@zmitser@mastodon.social'),
      'authors.yml: a value starting with @ at line 11 must be in quotes: fediverse: "@zmitser@mastodon.social"',
    ],
    [
      'a photo from another site',
      PROFILE.replace('images/zmitser.jpg', 'https://example.org/zmitser.jpg'),
      expect.stringMatching(
        /^authors\.yml: zmitser-mitskevich\.photo\.src \(line 4\): "https:\/\/example\.org\/zmitser\.jpg" is not valid; photos are published from the newsroom's own files/,
      ),
    ],
    [
      'a focus that is not one',
      PROFILE.replace('focus: top', 'focus: face'),
      'authors.yml: zmitser-mitskevich.photo.focus (line 5): "face" is not valid; write which part to keep when the photo is cropped: center, top, bottom, left, right, top-left, top-right, bottom-left, bottom-right',
    ],
  ])('refuses %s, naming the field, its line and the fix', (_, authors, message) => {
    expect(read(authors).messages).toEqual([message]);
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
