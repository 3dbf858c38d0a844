import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { MetadataRoute } from 'next';
import { describe, expect, it } from 'vitest';
import { site } from '@/lib/site-config';
import { sitemapFiles, urlsetXml } from './sitemap-files';

const entries: MetadataRoute.Sitemap = Array.from({ length: 7 }, (_, i) => ({
  url: `${site.url}/news/story-${i}/`,
  lastModified: `2018-10-${String(10 + i).padStart(2, '0')}`,
  ...(i === 0 ? { alternates: { languages: { en: `${site.url}/news/story-0/`, be: `${site.url}/be/x/` } } } : {}),
}));
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap'].includes(name) });

describe('sitemapFiles', () => {
  it('is one urlset at /sitemap.xml while the pages fit in one sitemap', () => {
    const files = sitemapFiles(entries);
    expect(Object.keys(files)).toEqual(['/sitemap.xml']);
    const xml = files['/sitemap.xml'] ?? '';
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = parser.parse(xml).urlset.url;
    expect(urls).toHaveLength(7);
    expect(urls[0]['xhtml:link'].map((link: Record<string, string>) => link['@_hreflang'])).toEqual(['en', 'be']);
    expect(urls[6].lastmod).toBe('2018-10-16');
  });

  it('past the limit, is an index at /sitemap.xml naming parts of at most the limit, each page in one', () => {
    const files = sitemapFiles(entries, { urls: 3, bytes: 50 * 1024 * 1024 });
    expect(Object.keys(files)).toEqual(['/sitemap.xml', '/sitemaps/1.xml', '/sitemaps/2.xml', '/sitemaps/3.xml']);
    const index = parser.parse(files['/sitemap.xml'] ?? '').sitemapindex;
    expect(index['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(index.sitemap).toEqual([
      { loc: `${site.url}/sitemaps/1.xml`, lastmod: '2018-10-12' },
      { loc: `${site.url}/sitemaps/2.xml`, lastmod: '2018-10-15' },
      { loc: `${site.url}/sitemaps/3.xml`, lastmod: '2018-10-16' },
    ]);
    const listed = ['1', '2', '3'].flatMap((n) =>
      parser.parse(files[`/sitemaps/${n}.xml`] ?? '').urlset.url.map((url: { loc: string }) => url.loc),
    );
    expect(listed).toEqual(entries.map(({ url }) => url));
  });

  it('splits a part again when it would pass the byte limit', () => {
    const bytes = Buffer.byteLength(urlsetXml(entries.slice(1, 3)));
    const files = sitemapFiles(entries.slice(1), { urls: 50_000, bytes });
    expect(Object.keys(files)).toEqual(['/sitemap.xml', '/sitemaps/1.xml', '/sitemaps/2.xml', '/sitemaps/3.xml']);
    for (const [name, xml] of Object.entries(files))
      if (name !== '/sitemap.xml') expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(bytes);
  });
});
