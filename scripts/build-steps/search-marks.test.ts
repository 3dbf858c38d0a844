import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { searchMarks } from './search-marks.mjs';

/** The fragment with searchMarks applied to every element, as the build applies it. */
function marked(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node, _, parent) => {
    Object.assign(node.properties, searchMarks(node, parent));
  });
  return toHtml(tree);
}

const article = `<article class="article" lang="en"><header class="article-header"><h1>Headline</h1>
<p class="standfirst">Standfirst</p><div class="meta"><p class="byline">By <a href="/authors/a/">A</a></p>
<p class="dateline"><time datetime="2018-10-24">24 October 2018</time><span> · </span><time datetime="2018-10-25">Updated</time><span class="reading-time">1 min read</span></p></div></header>
<div class="article-body"><p id="p1">Body <a href="#p1" class="para-link">¶</a></p></div><footer class="article-footer"><p class="attribution">Originally published by X</p>
<section class="cite"><h2>Cite this article</h2></section><section class="share"><h2>Share</h2></section>
<nav class="topics" aria-label="Topics"><h2 class="topics-title">Topics</h2><ul><li><a href="/topics/nato/">NATO</a></li><li><a href="/topics/r-d/"><span>R&amp;D</span></a></li></ul></nav>
<div class="print-only print-permalink"><p>Read this article online</p></div></footer></article>`;

describe('searchMarks', () => {
  const html = marked(article);

  it('makes the article the only part of a page that is indexed', () => {
    expect(html).toContain('<article class="article" lang="en" data-pagefind-body="">');
  });

  it('names the headline as the result title and the published date, not the update, as its date', () => {
    expect(html).toContain('<h1 data-pagefind-meta="title">Headline</h1>');
    expect(html).toContain('<time datetime="2018-10-24" data-pagefind-meta="date[datetime]">');
    expect(html).toContain('<time datetime="2018-10-25">Updated</time>');
  });

  it.each(['dateline', 'para-link', 'attribution', 'cite', 'share', 'topics-title', 'print-only print-permalink'])(
    'leaves out the part of class "%s"',
    (className) => {
      expect(html).toMatch(new RegExp(`class="${className}"[^>]*data-pagefind-ignore`));
    },
  );

  it('keeps the standfirst, byline, body and topic links in the index', () => {
    for (const kept of ['class="standfirst"', 'class="byline"', 'class="article-body"', 'class="topics"']) {
      expect(html).toMatch(new RegExp(`${kept}(?![^>]*data-pagefind-ignore)[^>]*>`));
    }
  });

  it('copies the topics’ names onto the body, where Pagefind indexes them (it leaves out every <nav> and <footer>)', () => {
    expect(html).toContain(
      '<div class="article-body" data-search-topics="NATO, R&#x26;D" data-pagefind-index-attrs="data-search-topics">',
    );
  });

  it('marks nothing in the site’s header and navigation', () => {
    const page = '<header class="site-header"><a href="/">Site</a></header><nav><a href="/">Home</a></nav>';
    expect(marked(page)).toBe(page);
  });
});
