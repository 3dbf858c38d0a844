import { describe, expect, it } from 'vitest';
import { foldSpace, seedParagraphs, seedSentences } from '../../tests/helpers/seed';
import { getArticles } from '../articles';

function visibleText(html: string): string {
  return foldSpace(
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

describe('the articles in content/', () => {
  const articles = getArticles();
  const seed = articles.find((a) => a.slug === 'russia-once-again-speaks-about-nato-threat-for-russia-and-belarus');

  it('all validate, and the seed article is among them', () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(seed).toBeDefined();
  });

  it('keep every sentence of the seed article, word for word, in the standfirst and body HTML', () => {
    const text = visibleText(`${seed!.standfirst} ${seed!.bodyHtml}`);
    const missing = seedSentences().filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
    expect(seedSentences()).toHaveLength(14);
  });

  it('carry the seed’s headline and byline in front matter', () => {
    const paragraphs = seedParagraphs();
    expect(seed!.headline).toBe(paragraphs[0]);
    expect(`${seed!.authors.map(({ name }) => name).join(', ')},`).toBe(paragraphs.at(-1));
    expect(seed!.standfirst).toBe(paragraphs[1]);
  });

  it('set the quoted statement as a blockquote', () => {
    expect(seed!.bodyHtml).toMatch(/<blockquote id="p2">\s*<p>“NATO’s military activity near our borders/);
  });

  it('derive word count, reading time, paragraph count and excerpt once', () => {
    expect(seed!.stats).toEqual({ words: 320, readingMinutes: 1, paragraphs: 6 });
    expect(seed!.excerpt).toBe(seed!.standfirst);
  });
});
