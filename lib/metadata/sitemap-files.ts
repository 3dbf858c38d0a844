// The sitemap as files: one `/sitemap.xml` while the site has at most 50,000 pages to list, the most one
// sitemap may hold (sitemaps.org), and past that a sitemap index at `/sitemap.xml` (the address robots.txt
// gives) naming `/sitemaps/1.xml`, `/sitemaps/2.xml`… of 50,000 pages each. A 100,000-story archive has
// some 250,000 pages to list.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MetadataRoute } from 'next';
import { absoluteUrl } from '../urls';
import { escapeXml, textElement } from './feeds/xml';

/** The most pages one sitemap may list, and the most bytes it may have (sitemaps.org, "Sitemap index"). */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024 };

/** Where the parts of a split sitemap are: `/sitemaps/<n>.xml`, written into public/ by the check. */
export const SITEMAP_PARTS_FOLDER = 'sitemaps';

/** True for the path on the site of a split sitemap's part, `/sitemaps/2.xml`. */
export const isSitemapPart = (sitePath: string): boolean => sitePath.startsWith(`/${SITEMAP_PARTS_FOLDER}/`);

/** A urlset of `entries`, each with its language versions (`xhtml:link`) and the day it last changed. */
export function urlsetXml(entries: MetadataRoute.Sitemap): string {
  const withVersions = entries.some((entry) => entry.alternates?.languages);
  const urls = entries.map((entry) =>
    [
      '<url>',
      textElement('loc', entry.url),
      ...Object.entries(entry.alternates?.languages ?? {}).map(
        ([language, href]) =>
          `<xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(String(href))}" />`,
      ),
      ...(entry.lastModified ? [textElement('lastmod', String(entry.lastModified))] : []),
      '</url>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${withVersions ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : ''}>`,
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** A sitemap index naming `parts` (site paths) with the latest change of each. */
export function sitemapIndexXml(parts: readonly Readonly<{ path: string; lastModified?: string }>[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map(({ path: part, lastModified }) =>
      [
        '<sitemap>',
        textElement('loc', absoluteUrl(part)),
        ...(lastModified ? [textElement('lastmod', lastModified)] : []),
        '</sitemap>',
      ].join('\n'),
    ),
    '</sitemapindex>',
    '',
  ].join('\n');
}

/**
 * The sitemap's files by their paths on the site: `/sitemap.xml` alone when `entries` fit in one, else
 * the index and its parts, each within `limits`.
 */
export function sitemapFiles(entries: MetadataRoute.Sitemap, limits = SITEMAP_LIMITS): Record<string, string> {
  const whole = entries.length <= limits.urls ? urlsetXml(entries) : undefined;
  if (whole !== undefined && Buffer.byteLength(whole) <= limits.bytes) return { '/sitemap.xml': whole };
  const files: Record<string, string> = {};
  const parts: { path: string; lastModified?: string }[] = [];
  let size = Math.min(limits.urls, entries.length);
  for (let start = 0; start < entries.length;) {
    const chunk = entries.slice(start, start + size);
    const xml = urlsetXml(chunk);
    // A part over the byte limit is made again with half as many pages.
    if (Buffer.byteLength(xml) > limits.bytes && size > 1) {
      size = Math.ceil(size / 2);
      continue;
    }
    const part = `/${SITEMAP_PARTS_FOLDER}/${parts.length + 1}.xml`;
    files[part] = xml;
    const latest = chunk
      .map((entry) => String(entry.lastModified ?? ''))
      .reduce((a, b) => (dayOf(b) > dayOf(a) ? b : a), '');
    parts.push({ path: part, ...(latest ? { lastModified: latest } : {}) });
    start += chunk.length;
  }
  return { '/sitemap.xml': sitemapIndexXml(parts), ...files };
}

/** Sorts `2018-10-24` and `2026-12-05T01:10+03:00` by the moment they name. */
const dayOf = (written: string): number => (written ? Date.parse(written) : -Infinity);

/**
 * Writes the parts of a split sitemap among `files` into `publicDir/sitemaps/`, for Next to copy, after
 * removing the last build's (a site that shrank below the limit leaves none behind).
 */
export function writeSitemapParts(files: Readonly<Record<string, string>>, publicDir: string): void {
  rmSync(path.join(publicDir, SITEMAP_PARTS_FOLDER), { recursive: true, force: true });
  for (const [sitePath, xml] of Object.entries(files)) {
    if (!isSitemapPart(sitePath)) continue;
    const target = path.join(publicDir, sitePath);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, xml);
  }
}
