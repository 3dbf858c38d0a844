import { describe, expect, it } from 'vitest';
import { renderMarkdown, withoutParagraphLinks } from './markdown';

describe('paragraph anchors', () => {
  const { html } = renderMarkdown('One.\n\n> A quote\n> in two lines.\n\n- a list\n\nTwo.\n');

  it('numbers top-level paragraphs and quotes in reading order, each with a link to itself', () => {
    expect(html).toContain(
      '<p id="p1">One.\u00a0<a href="#p1" class="para-link" aria-label="Link to paragraph 1">¶</a></p>',
    );
    expect(html).toMatch(/<blockquote id="p2">\s*<p>A quote\nin two lines.\u00a0<a href="#p2" class="para-link"/);
    expect(html).toContain('<p id="p3">Two.');
    expect(html).toContain('<li>a list</li>');
  });

  it('can leave the self-links out for feed readers, keeping the ids', () => {
    expect(withoutParagraphLinks(html)).toBe(
      '<p id="p1">One.</p>\n<blockquote id="p2">\n<p>A quote\nin two lines.</p>\n</blockquote>\n<ul>\n<li>a list</li>\n</ul>\n<p id="p3">Two.</p>\n',
    );
  });

  it('keeps an editor’s own in-page link', () => {
    expect(renderMarkdown('See [the quote](#p2).\n').html).toContain('<a href="#p2">the quote</a>');
  });
});
