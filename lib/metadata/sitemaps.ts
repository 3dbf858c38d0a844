import type { MetadataRoute } from 'next';
import type { Article } from '../content/article';
import { type Alternate, languageAlternates } from './language-alternates';
import { changedAfterPublication, lastModified } from '../content/dates';
import { textElement } from './feeds/xml';
import { absoluteUrl, articleUrl } from '../urls';
import type { PageRow } from '../site/views';

/** Google News lists only articles published in the last two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * Every page search engines should index, in the order `pages` gives them (the page table's), with the
 * date it last changed as written in front matter and its language versions. Redirect pages (short
 * links, aliases, a list's page/1/, `/<default>/…`), search pages and the not-found page have no
 * `sitemap` entry in the table: they are not pages of their own.
 */
export function toSitemap(pages: readonly Pick<PageRow, 'path' | 'sitemap'>[]): MetadataRoute.Sitemap {
  return pages.flatMap(({ path, sitemap }) =>
    sitemap
      ? [
          {
            url: absoluteUrl(path),
            ...(sitemap.lastModified ? { lastModified: sitemap.lastModified } : {}),
            ...withAlternates(sitemap.alternates),
          },
        ]
      : [],
  );
}

/** A sitemap entry's `xhtml:link` alternates: every language version, itself included, when there are several. */
function withAlternates(versions: readonly Alternate[]): Pick<MetadataRoute.Sitemap[number], 'alternates'> {
  const languages = languageAlternates(versions).languages;
  return languages ? { alternates: { languages: languages as Record<string, string> } } : {};
}

/**
 * A Google News sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap)
 * of the articles published within two days before `now`: an empty, valid urlset when there are none.
 */
export function toNewsSitemap(articles: readonly Article[], now: Date, publicationName: string): string {
  const recent = articles.filter((article) => {
    const age = now.getTime() - Date.parse(article.publishedAt);
    return age >= 0 && age <= NEWS_WINDOW_MS;
  });
  const urls = recent.map((article) =>
    [
      '<url>',
      textElement('loc', articleUrl(article.slug)),
      '<news:news>',
      `<news:publication>${textElement('news:name', publicationName)}${textElement('news:language', newsLanguage(article.language))}</news:publication>`,
      textElement('news:publication_date', article.published),
      textElement('news:title', article.headline),
      '</news:news>',
      '</url>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** Google News wants ISO 639 codes, except zh-cn and zh-tw for Chinese. */
function newsLanguage(language: string): string {
  const lower = language.toLowerCase();
  if (lower === 'zh-cn' || lower === 'zh-tw') return lower;
  return lower.split('-')[0] ?? lower;
}

/** The day or moment `article` last changed, as written in front matter: its update or correction, else its publication. */
export function lastChange(article: Article): string {
  // As written in front matter (a day stays a day), when lastModified says it is the later one.
  return changedAfterPublication(article) && article.modified !== undefined ? article.modified : article.published;
}

/** The latest change (lastChange) among `articles`, or undefined when there are none. */
export function latestChange(articles: readonly Article[]): string | undefined {
  let latest: Article | undefined;
  for (const article of articles) {
    if (latest === undefined || lastModified(article) > lastModified(latest)) latest = article;
  }
  return latest && lastChange(latest);
}
