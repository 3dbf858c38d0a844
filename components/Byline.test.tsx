import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Byline } from './Byline';

const zmitser = { id: 'zmitser-mitskevich', name: 'Zmitser Mitskevich' };
const hanna = { id: 'hanna-liubakova', name: 'Hanna Liubakova' };

describe('Byline', () => {
  it('links the author’s name to their page', () => {
    expect(renderToStaticMarkup(<Byline authors={[zmitser]} language="en" />)).toBe(
      '<p class="byline">By <a class="author" href="/authors/zmitser-mitskevich/" rel="author">Zmitser Mitskevich</a></p>',
    );
  });

  it('names several authors as the language joins them, each linked to their page in that edition', () => {
    expect(renderToStaticMarkup(<Byline authors={[zmitser, hanna]} language="en" />)).toBe(
      '<p class="byline">By <a class="author" href="/authors/zmitser-mitskevich/" rel="author">Zmitser Mitskevich</a> and <a class="author" href="/authors/hanna-liubakova/" rel="author">Hanna Liubakova</a></p>',
    );
    const be = renderToStaticMarkup(
      <Byline
        authors={[
          { id: 'zmitser-mitskevich', name: 'Зміцер Міцкевіч' },
          { id: 'hanna-liubakova', name: 'Ганна Любакова' },
        ]}
        language="be"
      />,
    );
    expect(be).toBe(
      '<p class="byline">Аўтары: <a class="author" href="/be/authors/zmitser-mitskevich/" rel="author">Зміцер Міцкевіч</a> і <a class="author" href="/be/authors/hanna-liubakova/" rel="author">Ганна Любакова</a></p>',
    );
    expect(
      renderToStaticMarkup(<Byline authors={[{ id: 'zmitser-mitskevich', name: 'Дмитрий Мицкевич' }]} language="ru" />),
    ).toContain('Автор: <a class="author" href="/ru/authors/zmitser-mitskevich/"');
  });
});
