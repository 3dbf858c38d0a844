import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

const TABLE = '| Year | Political prisoners |\n| :--- | ---: |\n| 2020 | 169 |\n| 2023 | 1,500 |\n';

describe('tables', () => {
  it('publishes a GFM table with header cells scoped to their columns and its alignment', () => {
    const { html, problems } = renderMarkdown(TABLE);
    expect(problems).toEqual([]);
    expect(html).toContain('<th align="left" scope="col">Year</th>');
    expect(html).toContain('<th align="right" scope="col">Political prisoners</th>');
    expect(html).toContain('<td align="right">1,500</td>');
    expect(html).not.toContain('|');
  });

  it('puts the table in its own labelled box a keyboard can reach, which scrolls instead of the page', () => {
    const { html } = renderMarkdown(TABLE);
    expect(html).toMatch(
      /^<div class="table-box" role="region" aria-label="Table: Year, Political prisoners" tabindex="0"><table>/,
    );
  });

  it('makes a "Table: …" paragraph right before the table its caption and the box’s label', () => {
    const { html, paragraphs } = renderMarkdown(`Table: Political prisoners in Belarus, by year\n\n${TABLE}`);
    expect(html).toContain(
      '<div class="table-box" role="region" aria-label="Political prisoners in Belarus, by year" tabindex="0"><table><caption>Political prisoners in Belarus, by year</caption>',
    );
    expect(html).not.toContain('<p');
    expect(paragraphs).toBe(0);
  });

  it('leaves a "Table: …" paragraph with no table after it as a paragraph', () => {
    expect(renderMarkdown('Table: no table follows.\n\nText.\n').html).toContain('<p id="p1">Table: no table follows.');
  });
});
