import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchBox } from './SearchBox';

describe('SearchBox', () => {
  const html = renderToStaticMarkup(<SearchBox language="en" />);

  it('is a plain GET form to the search page, needing no script', () => {
    expect(html).toMatch(
      /^<form class="search-box" role="search" aria-label="Site search" action="\/search\/" method="get">/,
    );
  });

  it('sends the words as q from an input with a label of its own', () => {
    expect(html).toContain('<label for="site-search" class="visually-hidden">Search articles</label>');
    expect(html).toMatch(/<input id="site-search" type="search"[^>]* name="q"\/>/);
    expect(html).toContain('<button type="submit">Search</button>');
  });

  it('leads from another edition to that edition’s search page, in its language', () => {
    const be = renderToStaticMarkup(<SearchBox language="be" />);
    expect(be).toContain('aria-label="Пошук па сайце" action="/be/search/"');
    expect(be).toContain('<button type="submit">Шукаць</button>');
  });
});
