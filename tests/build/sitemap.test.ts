import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { outFiles, readOut } from '../helpers/out';
import { ARTICLE_PATH } from '../helpers/site';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' });
type UrlSet = { urlset: { url?: { loc: string; lastmod?: string }[]; '@_xmlns'?: string; '@_xmlns:news'?: string } };

const sitemapXml = readOut('sitemap.xml');
const sitemap = (parser.parse(sitemapXml) as UrlSet).urlset.url ?? [];
const home = sitemap.find((entry) => new URL(entry.loc).pathname === '/');
const origin = new URL(home?.loc ?? 'about:blank').origin;

/** Every page a search engine should index: the index.html pages, less the 404 page and noindex redirects. */
function publicPages(): string[] {
  return outFiles()
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .filter((file) => !/<meta\b[^>]*name="robots"[^>]*noindex/.test(readOut(file)))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);
}

describe('sitemap.xml', () => {
  it('is well-formed XML in the sitemap namespace', () => {
    expect(XMLValidator.validate(sitemapXml)).toBe(true);
    expect((parser.parse(sitemapXml) as UrlSet).urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  });

  it('lists every public page once, as an absolute URL on the site, and nothing else', () => {
    expect(home).toBeDefined();
    const paths = sitemap.map((entry) => new URL(entry.loc).pathname);
    expect(sitemap.every((entry) => new URL(entry.loc).origin === origin)).toBe(true);
    expect(new Set(paths).size).toBe(paths.length);
    expect([...paths].sort()).toEqual(publicPages().sort());
    expect(paths).toEqual(expect.arrayContaining([ARTICLE_PATH, '/authors/zmitser-mitskevich/', '/topics/nato/']));
  });

  it('dates every page by its last change', () => {
    expect(sitemap.find((entry) => entry.loc === new URL(ARTICLE_PATH, origin).href)?.lastmod).toBe('2018-10-24');
    // The newsroom's pages say when they changed where their `updated` does, and a corrections page is
    // dated by its newest correction: an edition with none has no date to give.
    const undatable = /^\/([a-z]{2}\/)?(about\/|corrections\/$)/;
    const dated = sitemap.filter((entry) => !undatable.test(new URL(entry.loc).pathname));
    expect(dated.length).toBeGreaterThan(40);
    expect(dated.every((entry) => /^\d{4}-\d{2}-\d{2}/.test(entry.lastmod ?? ''))).toBe(true);
    const lastmod = (path: string) => sitemap.find((entry) => entry.loc === new URL(path, origin).href)?.lastmod;
    expect(lastmod('/about/')).toBe('2026-11-30');
    expect(lastmod('/corrections/')).toBe('2018-10-21');
    expect(lastmod('/about/contact/')).toBeUndefined();
  });
});

describe('news-sitemap.xml', () => {
  const xml = readOut('news-sitemap.xml');
  const parsed = (parser.parse(xml) as UrlSet).urlset;

  it('is a well-formed urlset with the Google News namespace', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parsed['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
  });

  it('lists only article permalinks (none when nothing is from the last two days)', () => {
    const articles = sitemap.map((entry) => entry.loc).filter((loc) => new URL(loc).pathname.startsWith('/news/'));
    expect((parsed.url ?? []).map((entry) => entry.loc).filter((loc) => !articles.includes(loc))).toEqual([]);
  });
});

describe('robots.txt', () => {
  it('survives the build, allows crawling and names both sitemaps by absolute URL', () => {
    const robots = readOut('robots.txt');
    expect(robots).toMatch(/^User-Agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
    expect(robots).toContain(`Sitemap: ${origin}/news-sitemap.xml`);
  });
});
