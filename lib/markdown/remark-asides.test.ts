import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

const SUPPORTED =
  'write ":::pullquote[Who said it]", ":::factbox[Title]" or ":::note" on a line of its own, the text below it, and ":::" to close';

describe('pull quotes, fact boxes and notes', () => {
  it('makes a pull quote a figure with a blockquote and a caption, hidden from screen readers', () => {
    const { html, problems } = renderMarkdown(':::pullquote[Ales Bialiatski]\nWe will not stop.\n:::\n');
    expect(problems).toEqual([]);
    expect(html).toBe(
      '<figure class="pullquote" aria-hidden="true"><blockquote>\n<p>We will not stop.</p>\n</blockquote><figcaption>Ales Bialiatski</figcaption></figure>\n',
    );
  });

  it('makes a fact box an aside headed and labelled by its title', () => {
    expect(renderMarkdown(':::factbox[What we know]\n- Two were detained.\n:::\n').html).toBe(
      '<aside class="factbox" aria-label="What we know"><h2>What we know</h2><ul>\n<li>Two were detained.</li>\n</ul></aside>\n',
    );
  });

  it('makes a note an aside labelled "Editor’s note", or by the label the editor gives', () => {
    expect(renderMarkdown(':::note\nUpdated with the court’s ruling.\n:::\n').html).toBe(
      '<aside class="note" aria-label="Editor’s note"><p class="aside-label">Editor’s note</p><p>Updated with the court’s ruling.</p></aside>\n',
    );
    expect(renderMarkdown(':::note[Correction]\nThe date was wrong.\n:::\n').html).toContain(
      '<aside class="note" aria-label="Correction"><p class="aside-label">Correction</p>',
    );
  });

  it('leaves a colon inside a sentence as written', () => {
    const { html, problems } = renderMarkdown('At 10:30 the ratio was 2:1 (source:Viasna).\n');
    expect(problems).toEqual([]);
    expect(html).toContain('At 10:30 the ratio was 2:1 (source:Viasna).');
  });

  it.each([
    ['an unknown directive', 'Text.\n\n:::sidebar\nx\n:::\n', 3, 'directive ":::sidebar"', SUPPORTED],
    ['a leaf directive', '::youtube[x]\n', 1, 'directive "::youtube"', SUPPORTED],
    [
      'a fact box without a title',
      ':::factbox\nx\n:::\n',
      1,
      '":::factbox" without a title',
      'give it one: ":::factbox[What we know]"',
    ],
    ['attributes', ':::note{.red}\nx\n:::\n', 1, 'directive ":::note{…}"', 'write ":::note" with no {…} after it'],
    ['an empty box', ':::note\n:::\n', 1, 'empty ":::note"', 'write its text on the lines below it'],
    [
      'a box never closed, which would swallow the rest of the article',
      ':::note\nUpdated.\n\nThe story goes on.\n',
      1,
      '":::note" that is never closed',
      'end it with ":::" on a line of its own',
    ],
    [
      'a link in a pull quote, which screen readers would never reach',
      ':::pullquote\nSee [this](https://example.com).\n:::\n',
      2,
      'link in a pull quote',
      'a pull quote repeats words of the article and is hidden from screen readers, so it cannot hold links or footnotes; write its words only',
    ],
  ])('refuses %s, with its line', (_, markdown, line, found, fix) => {
    expect(renderMarkdown(markdown).problems).toEqual([{ line, found, fix }]);
  });
});
