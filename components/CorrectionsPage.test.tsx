import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { site } from '@/lib/site-config';
import type { Chrome, CorrectionsPageView } from '@/lib/site/views';
import { CorrectionsPage } from './CorrectionsPage';

const chrome: Chrome = { language: 'en', editions: [{ language: 'en', href: '/' }], sections: [], newsroom: [] };
const item = {
  id: 'k7q2mx#correction-2018-10-25',
  articleId: 'k7q2mx',
  headline: 'Russia once again speaks about NATO threat',
  href: '/news/russia/#corrections',
  date: '2018-10-25',
  text: 'An earlier version misspelt the minister’s name.',
};
const view = (items: CorrectionsPageView['page']['items'], number = 1, count = 1): CorrectionsPageView => ({
  kind: 'corrections',
  chrome,
  metadata: {},
  title: 'Corrections',
  page: { items, number, count },
  firstPage: '/corrections/',
  feed: '/corrections/feed.xml',
});

describe('CorrectionsPage', () => {
  const html = renderToStaticMarkup(<CorrectionsPage view={view([item])} />);

  it('lists each correction under its article’s headline, linking to the article’s corrections', () => {
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toContain(
      '<li><h2><a href="/news/russia/#corrections">Russia once again speaks about NATO threat</a></h2><p><strong>Correction, <time dateTime="2018-10-25">25 October 2018</time>:</strong> An earlier version misspelt the minister’s name.</p></li>',
    );
  });

  it('names its feed, in the page’s head and as a link', () => {
    expect(html).toContain(
      `<link rel="alternate" type="application/rss+xml" title="${site.name}: Corrections" href="${site.url}/corrections/feed.xml"/>`,
    );
    expect(html).toContain('<a href="/corrections/feed.xml">Corrections by RSS</a>');
  });

  it('says so when nothing was ever corrected, and leads to its other pages when there are several', () => {
    expect(renderToStaticMarkup(<CorrectionsPage view={view([])} />)).toContain(
      '<p>No article has been corrected.</p>',
    );
    const second = renderToStaticMarkup(<CorrectionsPage view={view([item], 2, 3)} />);
    expect(second).toContain('<h1 class="page-title">Corrections, page 2</h1>');
    expect(second).toContain('<a href="/corrections/" rel="prev">');
    expect(second).toContain('<a href="/corrections/page/3/" rel="next">');
  });

  it('leads to the newsroom’s corrections policy when it has one', () => {
    const policy = { href: '/about/corrections-policy/', label: 'Corrections policy' };
    expect(renderToStaticMarkup(<CorrectionsPage view={{ ...view([item]), policy }} />)).toContain(
      '<p class="corrections-policy">How and when we correct articles: <a href="/about/corrections-policy/">Corrections policy</a>.</p>',
    );
    expect(html).not.toContain('corrections-policy');
  });
});
