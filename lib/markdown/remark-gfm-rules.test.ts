import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('footnotes', () => {
  const { html, problems } = renderMarkdown('Prisoners were counted.[^viasna]\n\n[^viasna]: Viasna, 2023.\n');

  it('links the numbered reference to its note and the note back to the reference', () => {
    expect(problems).toEqual([]);
    expect(html).toContain(
      '<sup><a href="#user-content-fn-viasna" id="user-content-fnref-viasna" data-footnote-ref aria-describedby="footnote-label">1</a></sup>',
    );
    expect(html).toContain('<li id="user-content-fn-viasna">');
    expect(html).toContain(
      '<a href="#user-content-fnref-viasna" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a>',
    );
  });

  it('collects the notes at the end under a heading that the references name', () => {
    expect(html).toMatch(
      /<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes<\/h2>\n<ol>\n<li id="user-content-fn-viasna">\n<p>Viasna, 2023\./,
    );
  });

  it.each([
    [
      'a reference with no footnote',
      'Text.[^2]\n',
      1,
      'footnote reference "[^2]" with no footnote',
      'add the footnote on a line of its own: "[^2]: The note."',
    ],
    [
      'a footnote nothing refers to',
      'Text.\n\n[^old]: Gone.\n',
      3,
      'footnote "[^old]" that nothing refers to',
      'put "[^old]" in the text where the note belongs, or delete the footnote',
    ],
  ])('refuses %s, with its line', (_, markdown, line, found, fix) => {
    expect(renderMarkdown(markdown).problems).toEqual([{ line, found, fix }]);
  });
});

describe('strikethrough, bare URLs and task lists', () => {
  it('publishes ~~struck~~ text as <del>', () => {
    expect(renderMarkdown('The ~~first~~ second count.\n').html).toContain('The <del>first</del> second count.');
  });

  it('turns a bare URL in a sentence into a link', () => {
    expect(renderMarkdown('Read https://spring96.org/en/news and www.belsat.eu today.\n').html).toContain(
      'Read <a href="https://spring96.org/en/news">https://spring96.org/en/news</a> and <a href="http://www.belsat.eu">www.belsat.eu</a> today.',
    );
  });

  it('checks a bare URL by the same rules as any link', () => {
    expect(renderMarkdown('See HTTPS://SPRING96.ORG now.\n').problems).toEqual([
      {
        line: 1,
        found: 'link "HTTPS://SPRING96.ORG"',
        fix: 'write the start of the address in lowercase, "https:"; as written the link would be dropped',
      },
    ]);
  });

  it('refuses a task list, with its line', () => {
    expect(renderMarkdown('Plans:\n\n- [ ] call the ministry\n- [x] file the story\n').problems).toEqual([
      {
        line: 3,
        found: 'task list item',
        fix: 'task lists ("- [ ]") are not published; write a plain list ("- item")',
      },
      {
        line: 4,
        found: 'task list item',
        fix: 'task lists ("- [ ]") are not published; write a plain list ("- item")',
      },
    ]);
  });
});
