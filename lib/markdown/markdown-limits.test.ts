import { describe, expect, it } from 'vitest';
import { checkMarkdownLimits, nestingDepth } from './markdown-limits';

describe('nestingDepth', () => {
  it.each([
    ['plain text', 0],
    ['> a quote', 1],
    ['> > > three quotes', 3],
    ['- a list item', 1],
    ['    - a list item nested twice by indentation', 3],
    ['1. > - mixed', 3],
    ['**bold** is not a list', 0],
    ['-not a list', 0],
  ])('%j is %i deep', (line, depth) => {
    expect(nestingDepth(line)).toBe(depth);
  });
});

describe('checkMarkdownLimits', () => {
  it('accepts an ordinary article', () => {
    expect(
      checkMarkdownLimits(
        'A paragraph with *emphasis* and [a link](https://example.org).\n\n> A quote.\n\n- one\n- two\n',
      ),
    ).toEqual([]);
  });

  it('names the line of quotes nested too deeply, before any parser sees them', () => {
    expect(checkMarkdownLimits(`Text.\n\n${'>'.repeat(4000)} deep`)).toEqual([
      {
        line: 3,
        found: 'quotes or lists nested 4000 levels deep',
        fix: 'nest quotes and lists at most 20 levels deep (each ">", list marker or two spaces of indentation is a level)',
      },
    ]);
  });

  it('refuses lists nested by indentation', () => {
    const lines = Array.from({ length: 30 }, (_, level) => `${'  '.repeat(level)}- item`);
    expect(checkMarkdownLimits(lines.join('\n'))[0]?.line).toBe(21);
  });

  it('names the first line of a paragraph dense with markup', () => {
    const problems = checkMarkdownLimits(`Intro.\n\n${'['.repeat(500_000)}`);
    expect(problems[0]).toEqual({
      line: 3,
      found: 'a paragraph with over 1,000 markup characters (* _ ` [ ] <)',
      fix: 'use at most 1,000 in a paragraph: split it with blank lines, or remove pasted code or data',
    });
  });

  it('counts a run of asterisks once, so bold and rules cost nothing extra', () => {
    expect(checkMarkdownLimits(`${'**bold** '.repeat(400)}`)).toEqual([]);
  });

  it('bounds markup in the whole article', () => {
    const problems = checkMarkdownLimits(`${'*a* '.repeat(400)}\n\n`.repeat(30));
    expect(problems.map((p) => p.found)).toEqual(['24,000 markup characters (* _ ` [ ] <)']);
  });

  it('bounds the number of lines, and of lines inside quotes and lists', () => {
    expect(checkMarkdownLimits('a\n'.repeat(6000)).map((p) => p.found)).toEqual(['6,001 lines']);
    expect(checkMarkdownLimits('- a\n'.repeat(1500)).map((p) => p.found)).toEqual(['1,500 lines in quotes or lists']);
  });
});
