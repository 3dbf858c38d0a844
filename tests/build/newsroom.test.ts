// Who publishes the site and what it changed, on the built fixture site: the newsroom's own pages in every
// footer, the publisher in structured data, the corrections page and its feed, dated warnings, author
// profiles and security.txt.
import { XMLValidator } from 'fast-xml-parser';
import { parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/build-steps/host-headers.mjs';
import { outFiles, readOut } from '../helpers/out';
import { ARTICLE_PATH, builtOrigin } from '../helpers/site';

const origin = builtOrigin();
const fileOf = (path: string) => `${path.slice(1)}index.html`;
const page = (path: string) => readOut(fileOf(path));
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const footer = (html: string) => html.slice(html.indexOf('<footer class="site-footer"'));
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
    ([, json]) => JSON.parse(json ?? '{}') as Record<string, unknown>,
  );
const isRedirect = (html: string) => /<meta name="robots"[^>]*noindex/.test(html);
const langOf = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];

const NEWSROOM = {
  en: ['/about/', '/about/contact/', '/about/editorial-standards/', '/corrections/'],
  be: ['/be/about/', '/be/about/contact/', '/be/about/editorial-standards/', '/be/corrections/'],
  ru: ['/ru/about/', '/ru/about/contact/', '/ru/about/editorial-standards/', '/ru/corrections/'],
} as const;

describe('the newsroom’s own pages', () => {
  const pages = outFiles()
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, html: readOut(file) }))
    .filter(({ html }) => !isRedirect(html));

  it('are linked from the footer of every page, in the page’s edition', () => {
    const wrong = pages.filter(({ html }) => {
      const language = langOf(html) as keyof typeof NEWSROOM;
      const links = [...footer(html).matchAll(/<nav class="newsroom-links"[^>]*>(.*?)<\/nav>/g)].flatMap(([, nav]) =>
        [...(nav ?? '').matchAll(/href="([^"]+)"/g)].map(([, href]) => href),
      );
      return JSON.stringify(links) !== JSON.stringify(NEWSROOM[language]);
    });
    expect(pages.length).toBeGreaterThan(50);
    expect(wrong.map(({ file }) => file)).toEqual([]);
  });

  it('show their title as the one h1, their text, and on the contact page the newsroom’s address', () => {
    const contact = main(page('/about/contact/'));
    expect(contact.match(/<h1\b/g)).toHaveLength(1);
    expect(contact).toContain('>Contact the fixture desk</h1>');
    expect(contact).toContain(
      'Write to us at <a href="mailto:desk@fixtures.example.org">desk@fixtures.example.org</a>.',
    );
    expect(main(page('/be/about/editorial-standards/'))).toContain('Кожны артыкул спасылаецца на арыгінал.');
    expect(main(page('/about/'))).toContain('<a href="/about/editorial-standards/">Standards</a>');
  });

  it('preview with their own title and description, and link their versions in every edition', () => {
    const html = page('/about/editorial-standards/');
    expect(html).toContain('<meta property="og:title" content="Editorial standards &#x26; &#x22;ethics&#x22;">');
    expect(html).toContain('<meta name="description" content="What the fixture desk promises.">');
    expect(html).toContain(`<link rel="alternate" hreflang="be" href="${origin}/be/about/editorial-standards/">`);
  });
});

describe('the publisher in structured data', () => {
  const [article] = jsonLd(page(ARTICLE_PATH));

  it('is a NewsMediaOrganization with its logo and the pages stating its policies, and the article is free to read', () => {
    expect(article?.publisher).toEqual({
      '@type': 'NewsMediaOrganization',
      name: 'The Minsk Dispatch',
      url: `${origin}/`,
      logo: { '@type': 'ImageObject', url: `${origin}/logo.png`, width: 512, height: 512 },
      masthead: `${origin}/about/`,
      publishingPrinciples: `${origin}/about/editorial-standards/`,
      ethicsPolicy: `${origin}/about/editorial-standards/`,
      actionableFeedbackPolicy: `${origin}/about/contact/`,
      email: 'desk@fixtures.example.org',
    });
    expect(article?.isAccessibleForFree).toBe(true);
  });

  it('points a Belarusian article’s publisher to the Belarusian pages', () => {
    const [be] = jsonLd(page('/news/lukashenka-sustreusia-z-shojhu/'));
    expect((be?.publisher as Record<string, unknown>).masthead).toBe(`${origin}/be/about/`);
  });
});

describe('the corrections page', () => {
  it('lists each correction under its article’s headline, linking to the article’s corrections', () => {
    expect(main(page('/corrections/'))).toContain(
      '<li><h2><a href="/news/moved-article/#corrections">An article that moved, with corrections</a></h2><p><strong>Correction, <time datetime="2018-10-21">21 October 2018</time>:</strong> An earlier version gave the wrong date for the meeting.</p></li>',
    );
    expect(page('/news/moved-article/')).toContain('<section class="corrections" id="corrections"');
    expect(main(page('/be/corrections/'))).toContain('<p>Ніводзін артыкул не выпраўляўся.</p>');
  });

  it('has a valid RSS feed of its own, named by the page', () => {
    const xml = readOut('corrections/feed.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parseRssFeed(xml).items?.map((item) => item.title)).toEqual([
      'Correction: An article that moved, with corrections',
    ]);
    expect(page('/corrections/')).toContain(
      `<link rel="alternate" type="application/rss+xml" title="The Minsk Dispatch: Corrections" href="${origin}/corrections/feed.xml">`,
    );
  });
});

describe('dated warnings', () => {
  const html = page(ARTICLE_PATH);

  it('say above an old article’s headline how many whole years old it is', () => {
    const years = /<p class="age-warning"[^>]*>This article is more than (\d+) years old<\/p><h1/.exec(html)?.[1];
    expect(Number(years)).toBeGreaterThanOrEqual(8);
  });

  it('stay out of previews and feeds', () => {
    expect(/<meta[^>]+content="[^"]*more than \d+ years/.test(html)).toBe(false);
    expect(readOut('feed.xml')).not.toContain('years old');
    expect(readOut('be/feed.xml')).not.toContain('Гэтаму артыкулу');
  });
});

describe('author profiles', () => {
  const html = page('/authors/zmitser-mitskevich/');

  it('show the author’s role, biography and links, each rel="me"', () => {
    expect(main(html)).toContain('<p class="author-role">Correspondent</p>');
    expect(main(html)).toContain('<a rel="me" href="https://mastodon.example.org/@zmitser">Mastodon</a>');
  });

  it('say the same as a ProfilePage, with every other profile as sameAs', () => {
    expect(jsonLd(html)).toContainEqual(
      expect.objectContaining({
        '@type': 'ProfilePage',
        mainEntity: expect.objectContaining({
          '@type': 'Person',
          name: 'Zmitser Mitskevich',
          jobTitle: 'Correspondent',
          sameAs: expect.arrayContaining(['https://bsky.app/profile/zmitser.example.org']),
        }),
      }),
    );
  });

  it('name an article’s author with a fediverse handle for Mastodon, and link each author to their profile', () => {
    const article = page(ARTICLE_PATH);
    expect(article).toContain('<meta name="fediverse:creator" content="@zmitser@mastodon.example.org">');
    expect(jsonLd(article)[0]?.author).toEqual([
      { '@type': 'Person', name: 'Zmitser Mitskevich', url: `${origin}/authors/zmitser-mitskevich/` },
    ]);
    expect(page('/news/moved-article/')).not.toContain('fediverse:creator');
  });
});

describe('/.well-known/security.txt', () => {
  const text = readOut('.well-known/security.txt');

  it('names the newsroom’s address, its languages, and over https its contact page and own address', () => {
    expect(text).toContain('Contact: mailto:desk@fixtures.example.org\n');
    expect(text).toContain('Preferred-Languages: en, be, ru\n');
    // RFC 9116 allows web addresses over https only: a site built for http (tests, npm start) leaves them out.
    const https = origin.startsWith('https:');
    expect(text.includes(`Contact: ${origin}/about/contact/\n`)).toBe(https);
    expect(text.includes(`Canonical: ${origin}/.well-known/security.txt\n`)).toBe(https);
  });

  it('expires in the future, within a year, as RFC 9116 asks', () => {
    const expires = Date.parse(/^Expires: (.+)$/m.exec(text)?.[1] ?? '');
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires - Date.now()).toBeLessThan(365 * 24 * 60 * 60 * 1000);
  });

  it('is served as text/plain in UTF-8 by the hosts that read _headers', () => {
    const rules = parseHeadersFile(readOut('_headers'));
    expect(headersFor(rules, '/.well-known/security.txt')['Content-Type']).toBe('text/plain; charset=utf-8');
    expect(headersFor(rules, '/robots.txt')['Content-Type']).toBeUndefined();
  });
});
