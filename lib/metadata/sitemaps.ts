import type { MetadataRoute } from 'next';
import type { Article } from '../content/article';
import { type ArchiveGroup, groupByAuthor, groupByTopic } from '../lists/archive';
import { browsePages } from '../lists/browse-paths';
import { type Alternate, languageAlternates } from './language-alternates';
import { site } from '../site-config';
import { changedAfterPublication, lastModified } from '../content/dates';
import { textElement } from './feeds/xml';
import { paginate } from '../lists/pagination';
import { absoluteUrl, articleUrl, authorPath, editionPath, listPagePath, topicPath } from '../urls';

/** Google News lists only articles published in the last two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * Every public page: each page of the home, author and topic lists (`pageSize` articles a page), each
 * article's permalink, with the date it last changed as written in front matter (an article's update
 * or correction, else its publication). A list's every page is dated by the list's latest change: a
 * new article moves every article on it one place down. Redirect pages (short links, aliases, a
 * list's page/1/) are left out: they are not pages of their own.
 */
export function toSitemap(articles: readonly Article[], pageSize: number): MetadataRoute.Sitemap {
  // A list's first page has the same list in other editions as its language alternates.
  const list = (firstPage: string, group: readonly Article[], others: readonly Alternate[] = []) => {
    const lastModified = latestChange(group);
    return paginate(group, pageSize).map(({ number }) => ({
      url: absoluteUrl(listPagePath(firstPage, number)),
      ...(lastModified ? { lastModified } : {}),
      ...(number === 1 ? withAlternates(others) : {}),
    }));
  };
  const languages = [...new Set(articles.map(({ language }) => language))].sort((a, b) =>
    a === site.defaultLanguage ? -1 : b === site.defaultLanguage ? 1 : a < b ? -1 : 1,
  );
  const editions = languages.map((language) => ({ language, url: absoluteUrl(editionPath(language)) }));
  const versions = new Map<string, Alternate[]>();
  for (const { translationKey, language, slug } of articles)
    if (translationKey !== undefined)
      versions.set(translationKey, [...(versions.get(translationKey) ?? []), { language, url: articleUrl(slug) }]);
  const grouped = (groups: readonly ArchiveGroup[], path: (id: string, language: string) => string) => {
    const byId = new Map<string, Alternate[]>();
    for (const { slug, language } of groups)
      byId.set(slug, [...(byId.get(slug) ?? []), { language, url: absoluteUrl(path(slug, language)) }]);
    return groups.flatMap((group) => list(path(group.slug, group.language), group.articles, byId.get(group.slug)));
  };
  return [
    ...(languages.includes(site.defaultLanguage) ? [] : list('/', [])),
    ...languages.flatMap((language) =>
      list(
        editionPath(language),
        articles.filter((article) => article.language === language),
        editions,
      ),
    ),
    ...articles.map((article) => ({
      url: articleUrl(article.slug),
      lastModified: lastChange(article),
      ...withAlternates(article.translationKey === undefined ? [] : (versions.get(article.translationKey) ?? [])),
    })),
    ...grouped(groupByAuthor(articles), authorPath),
    ...grouped(groupByTopic(articles), topicPath),
    // Each edition's indexes, date archive and month pages, dated by the latest change to what they list.
    ...browsePages(articles).map(({ path, articles: listed, versions: others }) => {
      const lastModified = latestChange(listed);
      return { url: absoluteUrl(path), ...(lastModified ? { lastModified } : {}), ...withAlternates(others) };
    }),
  ];
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

function lastChange(article: Article): string {
  // As written in front matter (a day stays a day), when lastModified says it is the later one.
  return changedAfterPublication(article) && article.modified !== undefined ? article.modified : article.published;
}

function latestChange(articles: readonly Article[]): string | undefined {
  let latest: Article | undefined;
  for (const article of articles) {
    if (latest === undefined || lastModified(article) > lastModified(latest)) latest = article;
  }
  return latest && lastChange(latest);
}
