import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Byline } from './Byline';

describe('Byline', () => {
  it('links the author’s name to their page', () => {
    expect(renderToStaticMarkup(<Byline author="Zmitser Mitskevich" authorSlug="zmitser-mitskevich" />)).toBe(
      '<p class="byline">By <a class="author" href="/authors/zmitser-mitskevich/" rel="author">Zmitser Mitskevich</a></p>',
    );
  });
});
