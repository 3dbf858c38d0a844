// The pages each published article makes: its permalink, one redirect page per earlier slug, and its
// short link.
import type { Article } from '../content/article';
import { getVersions, toSummary } from '../articles';
import { messagesFor } from '../i18n/messages';
import { getRelated } from '../lists/related';
import { articleMetadata } from '../metadata/article-metadata';
import { redirectMetadata } from '../metadata/redirect-metadata';
import { shareImagePath } from '../metadata/share-image';
import { lastChange } from '../metadata/sitemaps';
import { articlePath, articleUrl, shortPath } from '../urls';
import type { Chrome, PageRow, RedirectPageView } from './views';
import { pageFile } from './route-paths';

/** The permalink page of `article`, with its share card when it has no photo crop to share. */
export function articleRow(article: Article, chrome: Chrome): PageRow {
  const versions = getVersions(article);
  const path = articlePath(article.slug);
  return {
    path,
    language: article.language,
    route: '/news/[slug]/',
    params: { slug: article.slug },
    files: [pageFile(path), ...(article.image?.rendition?.crops.share ? [] : [shareImagePath(article).slice(1)])],
    sitemap: {
      lastModified: lastChange(article),
      alternates:
        article.translationKey === undefined
          ? []
          : versions.map(({ language, slug }) => ({ language, url: articleUrl(slug) })),
    },
    view: {
      kind: 'article',
      chrome,
      metadata: articleMetadata(article, versions),
      article,
      versions,
      related: getRelated(article).map(toSummary),
    },
  };
}

/** A page that sends the reader to `article`'s permalink, previewing as the article does. */
export function toArticleView(article: Article, chrome: Chrome): RedirectPageView {
  return {
    kind: 'redirect',
    chrome,
    metadata: redirectMetadata(article),
    to: articlePath(article.slug),
    heading: messagesFor(article.language).text('redirect.toArticle'),
    label: article.headline,
    labelLanguage: article.language,
  };
}

/** The redirect pages of `article`: one per earlier slug (`/news/<alias>/`), and its short link `/a/<id>/`. */
export function movedRows(article: Article, chrome: Chrome): PageRow[] {
  const view = toArticleView(article, chrome);
  const row = (path: string, route: string, params: Record<string, string>): PageRow => ({
    path,
    language: article.language,
    route,
    params,
    files: [pageFile(path)],
    view,
  });
  return [
    ...article.aliases.map((alias) => row(articlePath(alias), '/news/[slug]/', { slug: alias })),
    row(shortPath(article.id), '/a/[id]/', { id: article.id }),
  ];
}
