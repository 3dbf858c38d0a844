import { describe, expect, it } from 'vitest';
import { fakeRendition } from '../../tests/helpers/rendition';
import { renderMarkdown } from '../markdown/markdown';
import { splitTitle } from './figure-plugin';

const resolve = (src: string) => (src === 'images/x.jpg' ? fakeRendition() : undefined);

describe('a body figure', () => {
  const { html, paragraphs } = renderMarkdown(
    'Before.\n\n![The tower at dawn](images/x.jpg "The tower, seen from the river. | Belsat TV")\n\nAfter.\n',
    resolve,
  );
  const figure = /<figure class="figure">[\s\S]*<\/figure>/.exec(html)?.[0] ?? '';

  it('is a <figure> with the photo and its caption and credit in a <figcaption>', () => {
    expect(figure).toMatch(
      /<figcaption>The tower, seen from the river\. <span class="credit">Belsat TV<\/span><\/figcaption><\/figure>$/,
    );
    expect(figure).toContain('alt="The tower at dawn"');
  });

  it('offers an AVIF source and a JPEG fallback at every width, sized by the column, and nothing else', () => {
    expect(figure).toContain(
      '<source type="image/avif" srcset="/images/x-360.0123456789.avif 360w, /images/x-720.0123456789.avif 720w, /images/x-1080.0123456789.avif 1080w, /images/x-1600.0123456789.avif 1600w" sizes="(min-width: 50rem) 46rem, calc(100vw - 2rem)">',
    );
    expect(figure.match(/<source /g)).toHaveLength(1);
    expect(figure).toContain('<img src="/images/x-720.0123456789.jpg" srcset="/images/x-360.0123456789.jpg 360w');
  });

  it('reserves its space with width and height, and loads lazily and off the main thread', () => {
    expect(figure).toMatch(/<img [^>]*width="1600" height="1067"/);
    expect(figure).toMatch(/<img [^>]*loading="lazy" decoding="async"/);
    expect(figure).not.toContain('fetchpriority');
  });

  it('is not a paragraph: no anchor, no ¶, not counted', () => {
    expect(figure).not.toContain('id="p');
    expect(figure).not.toContain('¶');
    expect(html).toContain('<p id="p2">After.');
    expect(paragraphs).toBe(2);
  });

  it('has no caption element when the image has no title', () => {
    const plain = renderMarkdown('![The tower](images/x.jpg)\n', resolve).html;
    expect(plain).not.toContain('figcaption');
    expect(plain).toContain('<figure class="figure"><picture>');
  });
});

describe('splitTitle', () => {
  it.each([
    ['Caption only.', { caption: 'Caption only.' }],
    ['Caption. | Belsat TV', { caption: 'Caption.', credit: 'Belsat TV' }],
    [' | Belsat TV', { credit: 'Belsat TV' }],
    ['A | B | Photo: Reuters', { caption: 'A | B', credit: 'Photo: Reuters' }],
    ['', {}],
  ])('reads %j as caption and credit', (title, expected) => {
    expect(splitTitle(title)).toEqual(expected);
  });
});
