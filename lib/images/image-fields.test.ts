// The lead photo's front matter and body figures, as an editor writes them: what is taken and what is refused.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../content/content-error';
import { parseArticle } from '../content/parse-article';

const FRONT = `---
id: k7q2mx
headline: A headline
slug: a-headline
published: 2018-10-24
author: Zmitser Mitskevich
standfirst: The summary.
topics:
  - Belarus
language: en
source:
  name: Belsat TV
  url: https://naviny.belsat.eu/en/news/x/`;

function parse(image: string, body = 'The body.\n') {
  return parseArticle('content/x.md', new TextEncoder().encode(`${FRONT}\n${image}\n---\n\n${body}`));
}

function messages(image: string, body?: string): string[] {
  const result = parse(image, body);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('the image field', () => {
  it('takes the documented shape, with caption, credit and focus', () => {
    const result = parse(
      'image:\n  src: images/shoigu-in-minsk.jpg\n  alt: Sergei Shoigu and Andrei Ravkov shake hands in Minsk\n  caption: Russia’s defence minister arrived in Minsk on Wednesday.\n  credit: Belsat TV\n  focus: top',
    );
    expect(result.ok && result.article.image).toEqual({
      src: 'images/shoigu-in-minsk.jpg',
      alt: 'Sergei Shoigu and Andrei Ravkov shake hands in Minsk',
      caption: 'Russia’s defence minister arrived in Minsk on Wednesday.',
      credit: 'Belsat TV',
      focus: 'top',
      rendition: undefined,
    });
  });

  it('takes an empty alt only for a decorative photo', () => {
    expect(messages('image:\n  src: images/x.jpg\n  alt: ""\n  decorative: true')).toEqual([]);
  });

  it.each([
    [
      'a photo without alt',
      'image:\n  src: images/x.jpg',
      'content/x.md: image.alt: is missing; describe what the photo shows for readers who cannot see it, e.g. alt: Sergei Shoigu and Andrei Ravkov shake hands in Minsk',
    ],
    [
      'an empty alt on a photo that is not decorative',
      'image:\n  src: images/x.jpg\n  alt: ""',
      'content/x.md: image.alt: "" is not valid; describe what the photo shows for readers who cannot see it, e.g. alt: Sergei Shoigu and Andrei Ravkov shake hands in Minsk',
    ],
    [
      'a decorative photo with a description',
      'image:\n  src: images/x.jpg\n  alt: A man\n  decorative: true',
      'content/x.md: image.decorative: true is not valid; a decorative photo has an empty alt (alt: ""); remove decorative: true to keep the description',
    ],
    [
      'a photo from another site',
      'image:\n  src: https://example.org/x.jpg\n  alt: A man',
      'content/x.md: image.src: "https://example.org/x.jpg" is not valid; photos are published from the newsroom\'s own files, never loaded from another address: save it in content/images/ and write images/<file>, e.g. images/shoigu-in-minsk.jpg',
    ],
    [
      'a format we do not take',
      'image:\n  src: images/x.heic\n  alt: A man',
      'content/x.md: image.src: "images/x.heic" is not valid; this format is not taken; save the photo as JPEG (or PNG, WebP, AVIF) and point to that file',
    ],
    [
      'a focus that is not a place in the photo',
      'image:\n  src: images/x.jpg\n  alt: A man\n  focus: face',
      'content/x.md: image.focus: "face" is not valid; write which part to keep when the photo is cropped: center, top, bottom, left, right, top-left, top-right, bottom-left, bottom-right',
    ],
    [
      'a misspelt field',
      'image:\n  src: images/x.jpg\n  alt: A man\n  caption: C.\n  credti: Belsat TV',
      'content/x.md: image.credti: "Belsat TV" is not valid; did you mean "credit"? this field is unknown and would be ignored; use one of: src, alt, caption, credit, decorative, focus',
    ],
    [
      'the photo given as a bare path',
      'image: images/x.jpg',
      'content/x.md: image: "images/x.jpg" is not valid; give the photo as "image:" with "src:" and "alt:" lines indented under it',
    ],
  ])('refuses %s, naming the field and the fix', (_, image, expected) => {
    expect(messages(image)).toEqual([expected]);
  });
});

describe('figures in the body', () => {
  it('lists every photo of the body with its line in the file', () => {
    const result = parse('', 'Text.\n\n![A tower](images/tower.jpg "The tower. | Belsat TV")\n');
    expect(result.ok && result.article.bodyImages).toEqual([{ src: 'images/tower.jpg', alt: 'A tower', line: 19 }]);
  });

  it.each([
    [
      'inside a sentence',
      'Text with ![A tower](images/tower.jpg) inside.\n',
      'a photo stands in a paragraph of its own',
    ],
    ['inside a quote', '> ![A tower](images/tower.jpg)\n', 'a photo stands in a paragraph of its own'],
    [
      'inside a link',
      '[![A tower](images/tower.jpg)](https://example.org/)\n',
      'a photo stands in a paragraph of its own',
    ],
    ['without a description', '![](images/tower.jpg)\n', 'describe what the photo shows inside the brackets'],
    ['from the public folder', '![A tower](/images/tower.jpg)\n', 'write the path without the leading slash'],
  ])('refuses a photo %s, with its line', (_, body, fix) => {
    const [message, ...rest] = messages('', body);
    expect(rest).toEqual([]);
    expect(message).toContain('content/x.md: body (line 17): image ');
    expect(message).toContain(fix);
  });
});
