import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '@/tests/helpers/make-article';
import { formatProblem } from '../content/content-error';
import { site } from '../site-config';
import { brokenPageLinks, brokenSiteLinks, sitePaths } from './link-check';

const publicDir = mkdtempSync(path.join(os.tmpdir(), 'public-'));
mkdirSync(path.join(publicDir, 'images'));
writeFileSync(path.join(publicDir, 'images', 'map.png'), '');

const other = makeArticle({ id: 'oth1', slug: 'other-story', headline: 'Other', aliases: ['old-other'] });

// The page table's rows as sitePaths reads them: a few pages of each kind.
const pages = [
  '/',
  '/page/2/',
  '/news/a-headline/',
  '/news/other-story/',
  '/news/old-other/',
  '/a/oth1/',
  '/authors/zmitser-mitskevich/',
  '/authors/zmitser-mitskevich/page/2/',
  '/topics/belarus/',
  '/topics/',
  '/authors/',
  '/archive/',
  '/archive/2018/10/',
].map((path) => ({ path, language: 'en', files: [`${path.slice(1)}index.html`] }));

function problems(body: string): string[] {
  const article = makeArticle({}, body);
  return brokenSiteLinks([article, other], sitePaths(pages, publicDir)).map(formatProblem);
}

describe('brokenSiteLinks', () => {
  it('accepts links to every kind of page and file the build makes', () => {
    const links = [
      '/',
      '/page/2/',
      '/news/other-story/',
      '/news/other-story/#p2',
      '/news/other-story',
      '/news/old-other/',
      '/a/oth1/',
      '/authors/zmitser-mitskevich/',
      '/authors/zmitser-mitskevich/page/2/',
      '/topics/belarus/',
      '/topics/',
      '/authors/',
      '/archive/',
      '/archive/2018/10/',
      '/feed.xml',
      '/atom.xml',
      '/feed.json',
      '/corrections/feed.xml',
      '/sitemap.xml',
      '/images/map.png',
      '../other-story/',
      '#p1',
      'https://example.org/news/does-not-exist/',
      'mailto:desk@example.org',
    ];
    expect(problems(links.map((link, i) => `[link ${i}](${link})`).join('\n\n'))).toEqual([]);
  });

  it('names the line and the target of a link to a page the build does not make', () => {
    expect(
      problems('First.\n\nSee [this](/news/does-not-exist/).\n\nAnd [a month](../../archive/1999/01/).\n'),
    ).toEqual([
      'content/test.md: body (line 18): link "/news/does-not-exist/" is not valid; this site has no page at /news/does-not-exist/: link to a page the site has (an article’s /news/<slug>/, a list, a feed) or a file in public/, or remove the link',
      'content/test.md: body (line 20): link "../../archive/1999/01/" is not valid; this site has no page at /archive/1999/01/: link to a page the site has (an article’s /news/<slug>/, a list, a feed) or a file in public/, or remove the link',
    ]);
  });

  it('checks links written as absolute addresses on this site, and leaves photos to the image check', () => {
    expect(problems(`[a](${site.url}/topics/nato/)\n\n![map](images/missing.png)\n`)).toEqual([
      `content/test.md: body (line 16): link "${site.url}/topics/nato/" is not valid; this site has no page at /topics/nato/: link to a page the site has (an article’s /news/<slug>/, a list, a feed) or a file in public/, or remove the link`,
    ]);
  });
});

describe('brokenPageLinks', () => {
  const page = (file: string, path: string, target: string) => ({
    file,
    path,
    bodyLinks: [{ kind: 'link' as const, target, line: 7 }],
  });

  it('checks the links of the newsroom’s own pages as it checks articles’, relative ones against the page', () => {
    expect(
      brokenPageLinks(
        [
          page('content/pages/about.en.md', '/about/', '../topics/'),
          page('content/pages/contact.en.md', '/about/contact/', '../../corrections/'),
        ],
        sitePaths(pages, publicDir),
      ).map(formatProblem),
    ).toEqual([
      'content/pages/contact.en.md: body (line 7): link "../../corrections/" is not valid; this site has no page at /corrections/: link to a page the site has (an article’s /news/<slug>/, a list, a feed) or a file in public/, or remove the link',
    ]);
  });
});
