import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { SITE_OUT, outFiles, readOut } from '../helpers/out';
import { ARTICLE_PATH, builtOrigin } from '../helpers/site';

const ORIGIN = builtOrigin();
const CANONICAL = `${ORIGIN}${ARTICLE_PATH}`;
const HEADLINE = 'Russia once again speaks about NATO threat for Russia and Belarus';

function elements(tree: Root, tagName: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === tagName) found.push(child);
      walk(child);
    }
  };
  walk(tree);
  return found;
}

/** A page's head as a parser sees it: meta by property or name (all values), canonical, title, JSON-LD. */
function head(file: string) {
  const tree = fromHtml(readOut(file));
  const meta = new Map<string, string[]>();
  for (const element of elements(tree, 'meta')) {
    const key = String(element.properties.property ?? element.properties.name ?? '');
    if (key) meta.set(key, [...(meta.get(key) ?? []), String(element.properties.content)]);
  }
  const canonical = elements(tree, 'link').find((link) =>
    (link.properties.rel as string[] | undefined)?.includes('canonical'),
  );
  const title = elements(tree, 'title')[0]
    ?.children.map((child) => ('value' in child ? child.value : ''))
    .join('');
  const jsonLd = elements(tree, 'script')
    .filter((script) => script.properties.type === 'application/ld+json')
    .map((script) => JSON.parse(script.children.map((child) => ('value' in child ? child.value : '')).join('')));
  return {
    meta,
    one: (key: string) => meta.get(key)?.[0],
    canonical: canonical?.properties.href as string | undefined,
    title,
    jsonLd,
  };
}

const isAbsolute = (url: string | undefined) => url !== undefined && /^https?:\/\/[^/]+\//.test(url);

describe('every page', () => {
  const pages = outFiles().filter((file) => file.endsWith('.html'));

  it.each(pages)(
    '%s has a title and a description, and an absolute canonical URL unless it is the 404 page',
    (file) => {
      const page = head(file);
      expect(page.title?.trim()).toBeTruthy();
      expect(page.one('description')?.trim()).toBeTruthy();
      if (file !== '404.html') expect(isAbsolute(page.canonical)).toBe(true);
    },
  );
});

describe('the article page’s previews', () => {
  const page = head(`${ARTICLE_PATH.slice(1)}index.html`);
  const image = page.one('og:image');

  it('names its canonical URL', () => {
    expect(page.canonical).toBe(CANONICAL);
    expect(page.title).toBe(`${HEADLINE} | The Minsk Dispatch`);
  });

  it('has the Open Graph fields of an article, every URL absolute', () => {
    expect(page.one('og:type')).toBe('article');
    expect(page.one('og:title')).toBe(HEADLINE);
    expect(page.one('og:description')).toMatch(/^The Minister of Defense of Russia has arrived in Belarus/);
    expect(page.one('og:url')).toBe(CANONICAL);
    expect(page.one('og:site_name')).toBe('The Minsk Dispatch');
    expect(page.one('og:locale')).toBe('en_GB');
    expect(image).toMatch(new RegExp(`^${ORIGIN}/og/k7q2mx\\.[0-9a-f]{12}\\.png$`));
    expect(page.one('og:image:width')).toBe('1200');
    expect(page.one('og:image:height')).toBe('630');
    expect(page.one('og:image:alt')).toContain(HEADLINE);
    // Published on 24 October where the fixture newsroom is (Minsk, UTC+3): from 21:00 UTC the day before.
    expect(page.one('article:published_time')).toBe('2018-10-23T21:00:00.000Z');
    expect(page.one('article:author')).toBe(`${ORIGIN}/authors/zmitser-mitskevich/`);
    expect(page.meta.get('article:tag')).toEqual(['Russia', 'Belarus', 'NATO', 'Defence', 'Poland', 'INF treaty']);
    expect(page.meta.has('article:modified_time')).toBe(false); // never updated
  });

  it('has a large Twitter card with the same image', () => {
    expect(page.one('twitter:card')).toBe('summary_large_image');
    expect(page.one('twitter:title')).toBe(HEADLINE);
    expect(page.one('twitter:image')).toBe(image);
    expect(page.one('twitter:image:alt')).toContain(HEADLINE);
  });

  it('ships the share image at 1200×630 as a PNG', () => {
    const bytes = readFileSync(path.join(SITE_OUT, new URL(image!).pathname));
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('describes itself as a schema.org NewsArticle with what Google asks for', () => {
    expect(page.jsonLd).toHaveLength(1);
    const article = page.jsonLd[0];
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: HEADLINE,
      image: [image],
      datePublished: '2018-10-23T21:00:00.000Z',
      dateModified: '2018-10-23T21:00:00.000Z',
      author: [{ '@type': 'Person', name: 'Zmitser Mitskevich', url: `${ORIGIN}/authors/zmitser-mitskevich/` }],
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'The Minsk Dispatch',
        logo: { '@type': 'ImageObject', url: `${ORIGIN}/logo.png` },
        masthead: `${ORIGIN}/about/`,
        ethicsPolicy: `${ORIGIN}/about/editorial-standards/`,
      },
      isAccessibleForFree: true,
      mainEntityOfPage: { '@type': 'WebPage', '@id': CANONICAL },
      isBasedOn: {
        url: 'https://naviny.belsat.eu/en/news/russia-once-again-speaks-about-nato-threat-for-russia-and-therefore-to-belarus/',
      },
    });
    const logo = readFileSync(path.join(SITE_OUT, 'logo.png'));
    expect([logo.readUInt32BE(16), logo.readUInt32BE(20)]).toEqual([512, 512]);
  });
});
