import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/articles';
import { ArticleView } from './ArticleView';

const article = getArticles()[0]!;
const html = renderToStaticMarkup(<ArticleView article={article} />);

describe('ArticleView', () => {
  it('renders one <article> in the article’s language with the headline as its only h1', () => {
    expect(html.match(/<article\b/g)).toHaveLength(1);
    expect(html).toContain(`<article class="article" lang="${article.language}">`);
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toContain(`<h1>${article.headline}</h1>`);
  });

  it('gives the date as a machine-readable <time> with a human label', () => {
    expect(html).toContain('<time dateTime="2018-10-24">24 October 2018</time>');
  });

  it('credits the original publisher with a link to the original URL', () => {
    expect(html).toContain(`Originally published by <a href="${article.source.url}">${article.source.name}</a>`);
  });

  it('escapes front matter text instead of running it', () => {
    const hostile = { ...article, headline: '</h1><script>alert(1)</script>', author: '"><img src=x onerror=alert(1)>' };
    const markup = renderToStaticMarkup(<ArticleView article={hostile} />);
    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<img');
    expect(markup).toContain('&lt;/h1&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
