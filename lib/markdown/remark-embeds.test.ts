import { describe, expect, it } from 'vitest';
import { renderMarkdown, withoutEmbedCards } from './markdown';

const VIDEO = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

describe('embed cards', () => {
  it('turns a video link alone in its paragraph into a card: the platform, and a link to the original', () => {
    const { html, problems } = renderMarkdown(`Before.\n\n[Lukashenka meets Shoigu](${VIDEO})\n\nAfter.\n`);
    expect(problems).toEqual([]);
    expect(html).toContain(
      '<div class="embed embed-video" data-enhance="embed" data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" data-embed-title="YouTube video: Lukashenka meets Shoigu" data-embed-button="Play the video here (connects to www.youtube-nocookie.com)"><p class="embed-name">YouTube video</p><p class="embed-link"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Lukashenka meets Shoigu</a></p></div>',
    );
    // The card is not a paragraph: the text around it keeps its numbers.
    expect(html).toContain('<p id="p2">After.');
  });

  it('makes a bare post URL a card named by the URL', () => {
    expect(renderMarkdown('https://t.me/belsat/12345\n').html).toContain(
      '<p class="embed-name">Telegram post</p><p class="embed-link"><a href="https://t.me/belsat/12345">https://t.me/belsat/12345</a></p>',
    );
  });

  it('loads nothing from the platform: no iframe, no script, no image', () => {
    expect(renderMarkdown(`${VIDEO}\n`).html).not.toMatch(/<(iframe|script|img)\b| src=/);
  });

  it.each([
    ['an unknown host', 'https://example.com/video/1\n'],
    ['a platform link inside a sentence', `Watch ${VIDEO} now.\n`],
    ['two links in one paragraph', `${VIDEO} https://t.me/belsat/1\n`],
  ])('leaves %s a normal link in a paragraph', (_, markdown) => {
    const { html } = renderMarkdown(markdown);
    expect(html).toMatch(/^<p id="p1">/);
    expect(html).not.toContain('embed');
  });

  it('is a plain link in a feed', () => {
    expect(withoutEmbedCards(renderMarkdown(`[The meeting](${VIDEO})\n`).html)).toBe(
      '<p>YouTube video: <a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">The meeting</a></p>\n',
    );
  });
});
