// Browsing without search, on the fixture site: each edition's date archive leads to every article it
// publishes, and its topic and author indexes name every topic and author with the right count. The
// expectations are read from the article pages themselves, not from the code that makes the lists.
import { describe, expect, it } from 'vitest';
import { outFiles, readOut } from '../helpers/out';
import { ARTICLE_PATH } from '../helpers/site';

const EDITIONS = { en: '/', be: '/be/', ru: '/ru/' } as const;

const fileOf = (path: string) => `${path.slice(1)}index.html`;
const hrefs = (html: string, pattern: RegExp) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1] as string).filter((href) => pattern.test(href));
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const langOf = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];
const isRedirect = (html: string) => /<meta name="robots"[^>]*noindex/.test(html);

/** Every article page the build published (not an alias's redirect page), with its language and its own part. */
const articles = outFiles()
  .filter((file) => /^news\/[^/]+\/index\.html$/.test(file))
  .map((file) => ({ path: `/${file.replace(/index\.html$/, '')}`, html: readOut(file) }))
  .filter(({ html }) => !isRedirect(html))
  .map(({ path, html }) => ({
    path,
    language: langOf(html),
    // The article itself, without the related stories after its footer.
    // (A live story's first page is its article too: `<article class="article live">`.)
    own: html.slice(html.search(/<article class="article[ "]/), html.indexOf('</footer>')),
  }));

/** How many articles of the edition link to each topic's (or author's) page, counted from the articles. */
function countsFromArticles(language: string, pattern: RegExp): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles.filter((found) => found.language === language))
    for (const href of new Set(hrefs(article.own, pattern))) counts.set(href, (counts.get(href) ?? 0) + 1);
  return counts;
}

/** An index page's entries: each link and the number in the count beside it. */
function indexEntries(path: string): Map<string, number> {
  const html = main(readOut(fileOf(path)));
  return new Map(
    [...html.matchAll(/<a href="([^"]+)">.*?<\/a> <span class="browse-count">([^<]+)<\/span>/g)].map((match) => [
      match[1] as string,
      Number((match[2] as string).replace(/\D/g, '')),
    ]),
  );
}

describe.each(Object.entries(EDITIONS))('the %s edition', (language, edition) => {
  it('reaches every article it publishes from its archive, through the month pages, each once', () => {
    const months = hrefs(main(readOut(fileOf(`${edition}archive/`))), /\/archive\/\d{4}\/\d{2}\/$/);
    expect(months.length).toBeGreaterThan(0);
    const reached = months.flatMap((month) => hrefs(main(readOut(fileOf(month))), /^\/news\/[^/]+\/$/));
    const published = articles.filter((article) => article.language === language).map(({ path }) => path);
    expect(published.length).toBeGreaterThan(0);
    expect([...reached].sort()).toEqual([...published].sort());
  });

  it.each([
    ['topics', /^(\/(be|ru))?\/topics\/[^/]+\/$/],
    ['authors', /^(\/(be|ru))?\/authors\/[^/]+\/$/],
  ])('names every one of its %s on its index, with how many of its articles each has', (kind, pattern) => {
    const expected = countsFromArticles(language, pattern);
    expect(expected.size).toBeGreaterThan(0);
    expect(indexEntries(`${edition}${kind}/`)).toEqual(expected);
  });
});

describe('the date archive', () => {
  it('names months in the edition’s language, with counts pluralised in it', () => {
    expect(main(readOut('archive/index.html'))).toContain('>October 2018</a> <span class="browse-count">4 articles<');
    expect(main(readOut('archive/index.html'))).toContain('>September 2018</a> <span class="browse-count">1 article<');
    expect(main(readOut('be/archive/index.html'))).toContain(
      '>кастрычнік 2018</a> <span class="browse-count">1 артыкул<',
    );
    expect(readOut('be/archive/2018/10/index.html')).toMatch(
      /<h1 class="page-title"[^>]*>Артыкулы за кастрычнік 2018<\/h1>/,
    );
  });

  it('leads from a month to the months either side and to the whole archive', () => {
    const september = main(readOut('archive/2018/09/index.html'));
    expect(hrefs(september, /^\/archive\//)).toEqual(['/archive/2018/10/', '/archive/', '/archive/2017/12/']);
  });

  it('sends /en/archive/ and its months on to the default edition’s pages at the root', () => {
    expect(readOut('en/archive/index.html')).toMatch(/<meta http-equiv="refresh" content="0; url=\/archive\/">/);
    expect(readOut('en/archive/2018/10/index.html')).toMatch(
      /<meta http-equiv="refresh" content="0; url=\/archive\/2018\/10\/">/,
    );
    expect(readOut('en/topics/index.html')).toMatch(/<meta http-equiv="refresh" content="0; url=\/topics\/">/);
  });
});

describe('related stories', () => {
  const related = (file: string) => {
    const html = readOut(file);
    const start = html.indexOf('<section class="related"');
    return start === -1 ? undefined : html.slice(start, html.indexOf('</section>', start));
  };

  it('end the seed article with the earlier ones in English that share a topic, the one sharing most first, then newest first', () => {
    const block = related(fileOf(ARTICLE_PATH));
    expect(block).toContain('data-print="hide"');
    // Not hostile-front-matter, published the day after: a later story never changes an earlier page.
    expect(hrefs(block ?? '', /^\/news\//)).toEqual([
      '/news/nato-drills-near-poland/',
      '/news/moved-article/',
      '/news/markdown-constructs/',
      '/news/winter-in-minsk/',
    ]);
  });

  it('come after the article’s footer, so nothing in it moves', () => {
    const html = readOut(fileOf(ARTICLE_PATH));
    expect(html.indexOf('<section class="related"')).toBeGreaterThan(html.indexOf('</footer>'));
  });

  it('are left out where no other article in the language shares a topic', () => {
    expect(related(fileOf('/news/lukashenka-sustreusia-z-shojhu/'))).toBeUndefined();
  });
});
