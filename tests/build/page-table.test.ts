// The page table and the built site agree: every page in out/ is a row of the table the build planned,
// every row is a page, the sitemap lists exactly the indexable rows, and every link on every page
// leads to a row or to a file that is not a page (a photo, a share card, a feed, a sitemap, public/).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { ReusePlan } from '../../lib/build/reuse-plan';
import { planFile } from '../../scripts/build-record.mjs';
import { outFiles, readOut, SITE_OUT } from '../helpers/out';
import { builtOrigin } from '../helpers/site';

const root = path.resolve(import.meta.dirname, '../..');
const plan = JSON.parse(readFileSync(planFile(root, SITE_OUT), 'utf8')) as ReusePlan;
const rows = Object.entries(plan.pages).map(([pagePath, page]) => ({ path: pagePath, ...page }));
const origin = builtOrigin();
const htmlFiles = outFiles().filter((file) => file.endsWith('.html'));

describe('the page table and the built site', () => {
  it('has a row for every page in out/, and a page in out/ for every row', () => {
    expect(rows.map(({ files }) => files[0]).sort()).toEqual(htmlFiles.sort());
  });

  it('writes every file a row names', () => {
    const files = new Set(outFiles());
    expect(rows.flatMap((row) => row.files).filter((file) => !files.has(file))).toEqual([]);
  });

  it('lists exactly the indexable rows in the sitemap', () => {
    const listed = [...readOut('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) =>
      new URL(url ?? '').pathname.replace(/\/index\.html$/, '/'),
    );
    expect(listed.sort()).toEqual(
      rows
        .filter((row) => row.indexable)
        .map((row) => row.path)
        .sort(),
    );
  });

  describe.each(htmlFiles)('%s', (file) => {
    it('links only to pages and files the site has', () => {
      const known = new Set([
        ...rows.map((row) => row.path),
        ...outFiles()
          .filter((served) => !served.endsWith('.html'))
          .map((served) => `/${served}`),
      ]);
      const broken: string[] = [];
      visit(fromHtml(readOut(file)), 'element', (node) => {
        const target = node.properties.href ?? node.properties.src ?? node.properties.action;
        if (typeof target !== 'string') return;
        const url = new URL(target, `${origin}/${file}`);
        if (url.origin !== origin) return;
        const pathname = decodeURI(url.pathname).replace(/\/index\.html$/, '/');
        if (!known.has(pathname)) broken.push(`<${node.tagName}> ${target}`);
      });
      expect(broken).toEqual([]);
    });
  });
});
