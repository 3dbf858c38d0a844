import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SafeHtml } from '@/lib/articles';
import { site } from '@/lib/site-config';
import type { AboutPageView, Chrome } from '@/lib/site/views';
import { AboutPage } from './AboutPage';

const chrome: Chrome = {
  language: 'en',
  editions: [{ language: 'en', href: '/' }],
  sections: [],
  newsroom: [
    { href: '/about/', label: 'About us' },
    { href: '/about/contact/', label: 'Contact' },
  ],
};
const view: AboutPageView = {
  kind: 'about',
  chrome,
  metadata: {},
  title: 'About The Minsk Dispatch',
  html: '<p id="p1">We are a demonstration.</p>' as SafeHtml,
  updated: '2026-11-30',
  pages: [{ href: '/about/contact/', label: 'Contact' }],
};

describe('AboutPage', () => {
  const html = renderToStaticMarkup(<AboutPage view={view} />);

  it('shows the page’s title as its only h1, its text, and when it last changed', () => {
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toContain('<h1 class="page-title">About The Minsk Dispatch</h1>');
    expect(html).toContain('<div class="article-body"><p id="p1">We are a demonstration.</p></div>');
    expect(html).toContain('Last updated <time dateTime="2026-11-30">30 November 2026</time>');
  });

  it('lists the newsroom’s other pages, and links to every one from the footer', () => {
    expect(html).toMatch(
      /<nav class="about-pages" aria-labelledby="about-pages"[^>]*><h2 id="about-pages">More about The Minsk Dispatch<\/h2><ul><li><a href="\/about\/contact\/">Contact<\/a><\/li><\/ul><\/nav>/,
    );
    expect(html).toMatch(
      /<nav class="newsroom-links" aria-label="The newsroom"><ul><li><a href="\/about\/">About us<\/a><\/li><li><a href="\/about\/contact\/">Contact<\/a><\/li><\/ul><\/nav>/,
    );
  });

  it('says what the site is when the newsroom has written no About page', () => {
    const bareView: AboutPageView = { kind: 'about', chrome, metadata: {}, title: view.title, pages: [] };
    const bare = renderToStaticMarkup(<AboutPage view={bareView} />);
    expect(bare).toContain('<p>The Minsk Dispatch: independent reporting on Belarus and its neighbours.</p>');
    expect(bare).not.toContain('about-pages');
    expect(bare).not.toContain('Last updated');
  });

  it('shows the newsroom’s address above the text of the page that has it', () => {
    const contact = renderToStaticMarkup(<AboutPage view={{ ...view, contact: 'newsroom@example.org' }} />);
    expect(contact).toContain(
      '<p class="contact-address">Write to us at <a href="mailto:newsroom@example.org">newsroom@example.org</a>.</p><div class="article-body">',
    );
    expect(html).not.toContain('mailto:');
  });

  it('says who publishes the site in structured data, where the view has the publisher', () => {
    const publisher = { name: site.name, url: `${site.url}/`, policies: { masthead: `${site.url}/about/` } };
    const withData = renderToStaticMarkup(<AboutPage view={{ ...view, publisher }} />);
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(withData)?.[1] ?? '{}';
    expect(JSON.parse(json)).toMatchObject({
      '@type': 'AboutPage',
      mainEntity: { '@type': 'NewsMediaOrganization', name: site.name, masthead: `${site.url}/about/` },
    });
    expect(html).not.toContain('application/ld+json');
  });
});
