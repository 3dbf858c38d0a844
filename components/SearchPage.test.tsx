import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchPage } from './SearchPage';

describe('SearchPage', () => {
  const html = renderToStaticMarkup(<SearchPage language="en" />);

  it('says search needs JavaScript in the page itself, not in <noscript>, and links to the indexes', () => {
    expect(html).toContain('<p class="search-needs-js" data-search-needs-js="">Search runs in your browser');
    expect(html).not.toContain('noscript');
    expect(html).toContain('<a href="/topics/">by topic</a>');
    expect(html).toContain('<a href="/archive/">by date, in the archive</a>');
  });

  it('hides the form until the script shows it, and hands the script its language and words', () => {
    expect(html).toMatch(
      /<form class="search-form" role="search"[^>]* hidden=""[^>]* action="\/search\/" method="get">/,
    );
    expect(html).toContain('data-language="en"');
    expect(html).toContain('data-found-one="{count} article found for “{query}”"');
    expect(html).toContain('data-found-other="{count} articles found for “{query}”"');
    expect(html).toMatch(/<label for="search-query">[^<]+<\/label>/);
    expect(html).toMatch(/<input id="search-query" type="search"[^>]* name="q"\/>/);
  });

  it('speaks the edition’s language, with its plural forms, and leads to that edition’s indexes', () => {
    const be = renderToStaticMarkup(<SearchPage language="be" />);
    expect(be).toMatch(/action="\/be\/search\/"/);
    expect(be).toContain('data-found-few="Па запыце «{query}» знойдзена {count} артыкулы"');
    expect(be).toContain('data-found-many="Па запыце «{query}» знойдзена {count} артыкулаў"');
    expect(be).toContain('<a href="/be/topics/">па тэмах</a>');
    expect(be).toContain('data-date-locale="be"');
  });

  it('has an empty status line for screen readers and one heading', () => {
    expect(html).toContain('<p class="search-status" role="status" data-search-status=""></p>');
    expect(html.match(/<h1/g)).toHaveLength(1);
  });
});
