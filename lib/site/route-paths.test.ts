import { describe, expect, it } from 'vitest';
import { fillRoute, fromNextParams, toNextParams } from './route-paths';

describe('fillRoute', () => {
  it('puts each parameter in its segment', () => {
    expect(fillRoute('/[lang]/topics/[slug]/', { lang: 'be', slug: 'nato' })).toBe('/be/topics/nato/');
  });

  it('fills an optional catch-all segment, or leaves it out with its slash', () => {
    expect(fillRoute('/about/[[...slug]]/', { slug: 'contact' })).toBe('/about/contact/');
    expect(fillRoute('/about/[[...slug]]/', {})).toBe('/about/');
    expect(fillRoute('/[lang]/about/[[...slug]]/', { lang: 'be' })).toBe('/be/about/');
  });

  it('refuses a missing parameter, or one the route has no segment for', () => {
    expect(() => fillRoute('/topics/[slug]/', {})).toThrow('the route /topics/[slug]/ needs the parameter slug');
    expect(() => fillRoute('/about/[[...slug]]/', { page: 'x' })).toThrow(
      'the route /about/[[...slug]]/ takes no parameter page',
    );
  });
});

describe('the parameters Next gives and takes', () => {
  it('gives an optional catch-all as a list of segments, empty for the route’s own page', () => {
    expect(toNextParams('/[lang]/about/[[...slug]]/', { lang: 'be', slug: 'contact' })).toEqual({
      lang: 'be',
      slug: ['contact'],
    });
    expect(toNextParams('/about/[[...slug]]/', {})).toEqual({ slug: [] });
    expect(toNextParams('/topics/[slug]/', { slug: 'nato' })).toEqual({ slug: 'nato' });
  });

  it('reads them back as the table writes them', () => {
    expect(fromNextParams('/about/[[...slug]]/', { slug: ['contact'] })).toEqual({ slug: 'contact' });
    expect(fromNextParams('/about/[[...slug]]/', { slug: undefined })).toEqual({});
    expect(fromNextParams('/about/[[...slug]]/', {})).toEqual({});
    expect(fromNextParams('/[lang]/topics/[slug]/', { lang: 'be', slug: 'nato' })).toEqual({
      lang: 'be',
      slug: 'nato',
    });
  });
});
