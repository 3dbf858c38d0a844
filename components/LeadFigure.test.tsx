import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fakeRendition } from '@/tests/helpers/rendition';
import { LeadFigure } from './LeadFigure';

const image = {
  src: 'images/x.jpg',
  alt: 'Sergei Shoigu and Andrei Ravkov shake hands in Minsk',
  caption: 'Russia’s defence minister arrived in Minsk on Wednesday.',
  credit: 'Belsat TV',
  focus: 'center' as const,
  rendition: fakeRendition(),
};

describe('LeadFigure', () => {
  const html = renderToStaticMarkup(<LeadFigure image={image} />);

  it('shows the photo with its caption and credit in a figure', () => {
    expect(html).toMatch(/^<figure class="figure lead-figure"><picture>/);
    expect(html).toContain(
      '<figcaption>Russia’s defence minister arrived in Minsk on Wednesday. <span class="credit">Belsat TV</span></figcaption>',
    );
    expect(html).toContain(`alt="${image.alt}"`);
  });

  it('is fetched first and at once: high priority, never lazy, with its size reserved', () => {
    expect(html).toMatch(/<img [^>]*fetchPriority="high"/);
    expect(html).not.toContain('loading="lazy"');
    expect(html).toMatch(/<img [^>]*width="1600" height="1067"/);
    expect(html).toContain('decoding="async"');
  });

  it('refuses to render a photo the build did not derive, rather than publish a page without it', () => {
    expect(() => renderToStaticMarkup(<LeadFigure image={{ ...image, rendition: undefined }} />)).toThrow(
      'images/x.jpg has not been derived',
    );
  });
});
