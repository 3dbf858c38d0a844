import { describe, expect, it } from 'vitest';
import { drawable, shareCardDrawing, shareImageContent, shareImageFile, shareImagePath } from './share-image';

const article = {
  id: 'k7q2mx',
  headline: 'Russia once again speaks about NATO threat',
  published: '2018-10-24',
  language: 'en',
};

describe('shareImagePath', () => {
  it('is under /og/, named by the permanent id and a hash of what the image shows', () => {
    expect(shareImagePath(article)).toMatch(/^\/og\/k7q2mx\.[0-9a-f]{12}\.png$/);
  });

  it('changes when the headline is corrected, so cached previews are fetched again', () => {
    expect(shareImagePath({ ...article, headline: 'Russia again speaks about a NATO threat' })).not.toBe(
      shareImagePath(article),
    );
  });

  it('changes when the date changes, and is the same for the same content', () => {
    expect(shareImagePath({ ...article, published: '2018-10-25' })).not.toBe(shareImagePath(article));
    expect(shareImagePath({ ...article })).toBe(shareImagePath(article));
  });
});

describe('shareImageFile', () => {
  it('changes with the code and the fonts that draw the card, so no version needs bumping by hand', () => {
    expect(shareImageFile(article, 'drawn-one-way')).not.toBe(shareImageFile(article, 'drawn-another'));
    expect(shareImagePath(article)).toBe(`/og/${shareImageFile(article, shareCardDrawing())}`);
  });
});

describe('shareImageContent', () => {
  it('draws the headline, the human date and the site name', () => {
    expect(shareImageContent(article)).toEqual({
      headline: 'Russia once again speaks about NATO threat',
      date: '24 October 2018',
      siteName: 'The Minsk Dispatch',
    });
  });
});

describe('drawable', () => {
  it('keeps Latin, Łacinka, Cyrillic and typographic punctuation', () => {
    expect(drawable('Łukašenka — «Шойгу ў Мінску» “NATO’s” №5 …')).toBe('Łukašenka — «Шойгу ў Мінску» “NATO’s” №5 …');
  });

  it('leaves out what the bundled fonts cannot draw instead of fetching a font', () => {
    expect(drawable('Minsk 🚀 rally 中文  today')).toBe('Minsk rally today');
  });
});
