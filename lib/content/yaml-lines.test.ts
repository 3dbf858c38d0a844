import { describe, expect, it } from 'vitest';
import { lineOf, withLines } from './yaml-lines';

const SOURCE = `# a comment
zmitser:
  name:
    en: Zmitser
  links:
    x: http://x.com/z
sections:
  - belarus
  - nato
`;

describe('lineOf', () => {
  it.each([
    ['zmitser', 2],
    ['zmitser.name.en', 4],
    ['zmitser.links', 5],
    ['zmitser.links.x', 6],
    ['sections.1', 9],
    // Only part of the path is written: the nearest written parent.
    ['zmitser.links.bluesky', 5],
  ])('finds %s on line %i', (field, line) => {
    expect(lineOf(SOURCE, field)).toBe(line);
  });

  it('finds nothing in text that does not parse, or for a field not written at all', () => {
    expect(lineOf('a: [', 'a')).toBeUndefined();
    expect(lineOf(SOURCE, 'nobody')).toBeUndefined();
  });
});

describe('withLines', () => {
  it('adds the line to each field it finds, and leaves problems with the whole file alone', () => {
    expect(
      withLines(
        [
          { file: 'a.yml', field: 'zmitser.links.x', value: '"http://x.com/z"', fix: 'use https' },
          { file: 'a.yml', field: 'file', fix: 'is missing' },
        ],
        SOURCE,
      ),
    ).toEqual([
      { file: 'a.yml', field: 'zmitser.links.x (line 6)', value: '"http://x.com/z"', fix: 'use https' },
      { file: 'a.yml', field: 'file', fix: 'is missing' },
    ]);
  });
});
