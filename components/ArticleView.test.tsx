import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { site } from '@/lib/site-config';
import { makeArticle } from '@/tests/helpers/make-article';
import { ArticleView } from './ArticleView';

// A made-up article, not the seed in content/: an editor's correction there must not break this test.
const article = makeArticle({ headline: 'Russia once again speaks about NATO threat' });
const html = renderToStaticMarkup(<ArticleView article={article} versions={[]} related={[]} />);

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
    const hostile = {
      ...article,
      headline: '</h1><script>alert(1)</script>',
      authors: [{ id: 'x', name: '"><img src=x onerror=alert(1)>' }],
    };
    const markup = renderToStaticMarkup(<ArticleView article={hostile} versions={[]} related={[]} />);
    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<img src=x');
    expect(markup).not.toMatch(/<img[^>]* onerror/);
    expect(markup).toContain('&lt;/h1&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('ArticleView after publication', () => {
  const corrected = {
    ...article,
    updated: '2018-10-25',
    modified: '2018-10-26',
    corrections: [{ date: '2018-10-26', text: 'An earlier version gave the wrong date of the meeting.' }],
  };
  const markup = renderToStaticMarkup(<ArticleView article={corrected} versions={[]} related={[]} />);

  it('shows when the article was last updated', () => {
    expect(markup).toContain('<time dateTime="2018-10-26">Updated 26 October 2018</time>');
  });

  it('shows each correction with its date', () => {
    expect(markup).toContain(
      '<strong>Correction, <time dateTime="2018-10-26">26 October 2018</time>:</strong> An earlier version gave the wrong date of the meeting.',
    );
  });

  it('gives its corrections an anchor, which the corrections page links to', () => {
    expect(markup).toContain('<section class="corrections" id="corrections" aria-labelledby="corrections-title">');
  });

  it('shows no corrections section or update line for an article never changed', () => {
    expect(html).not.toContain('Corrections');
    expect(html).not.toContain('Updated');
  });
});

describe('ArticleView share links', () => {
  it('shares the canonical URL, with the script-only buttons hidden until the script reveals them', () => {
    const url = `${site.url}/news/${article.slug}/`;
    expect(html).toContain(`href="https://t.me/share/url?url=${encodeURIComponent(url)}&amp;text=`);
    expect(html).toMatch(
      /<button type="button" data-enhance="copy" data-copy-text="[^"]+" hidden=""[^>]*>Copy link<\/button>/,
    );
  });
});

describe('Cite this article', () => {
  it('has no <time> without a datetime and no empty <time>: the script adds the access date', () => {
    const times = [...html.matchAll(/<time\b([^>]*)>([^<]*)<\/time>/g)];
    expect(times.length).toBeGreaterThan(0);
    for (const [, attributes, text] of times) {
      expect(attributes).toMatch(/dateTime="\d{4}-\d{2}-\d{2}/);
      expect(text).not.toBe('');
    }
    expect(html).not.toMatch(/<time\b[^>]*\/>/);
  });
});

describe('ArticleView of an old article', () => {
  const markup = renderToStaticMarkup(
    <ArticleView article={article} versions={[]} related={[]} ageWarning="This article is more than 8 years old" />,
  );

  it('says how old it is above the headline, on screen and on paper, and not to search', () => {
    expect(markup).toMatch(
      /<p class="age-warning" data-pagefind-ignore="">This article is more than 8 years old<\/p>\s*<h1>/,
    );
    expect(markup).not.toMatch(/class="age-warning"[^>]*data-print="hide"/);
  });

  it('says nothing of its age when the view has no warning', () => {
    expect(html).not.toContain('age-warning');
  });
});
