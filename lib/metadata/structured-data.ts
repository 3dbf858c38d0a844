import type { Article } from '../content/article';
import { lastModified } from '../content/dates';
import { shareImagePath } from './share-image';
import { site } from '../site-config';
import { absoluteUrl, articleUrl, authorPath } from '../urls';

/** The publisher's logo: a square PNG rendered at build time (app/logo.png/route.tsx). */
export const LOGO_PATH = '/logo.png';
export const LOGO_SIZE = 512;

/**
 * schema.org NewsArticle with what Google's Article rich results require and recommend, and
 * `isBasedOn` crediting the original report.
 */
export function newsArticleJsonLd(article: Article): Record<string, unknown> {
  const url = articleUrl(article.slug);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.excerpt,
    image: jsonLdImages(article),
    datePublished: article.publishedAt,
    dateModified: lastModified(article).toISOString(),
    author: article.authors.map(({ id, name }) => ({
      '@type': 'Person',
      name,
      url: absoluteUrl(authorPath(id, article.language)),
    })),
    publisher: {
      '@type': 'Organization',
      name: site.name,
      url: absoluteUrl('/'),
      logo: { '@type': 'ImageObject', url: absoluteUrl(LOGO_PATH), width: LOGO_SIZE, height: LOGO_SIZE },
    },
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    inLanguage: article.language,
    keywords: article.topicRefs.map(({ name }) => name).join(', '),
    wordCount: article.stats.words,
    isBasedOn: {
      '@type': 'NewsArticle',
      url: article.source.url,
      publisher: { '@type': 'Organization', name: article.source.name },
    },
  };
}

/**
 * The article's images for search engines: the lead photo in the three aspect ratios Google asks for
 * (16:9, 4:3, 1:1, each 1200 px wide) with its caption and credit, or the headline card.
 */
function jsonLdImages(article: Article): (string | Record<string, unknown>)[] {
  const image = article.image;
  const crops = image?.rendition?.crops;
  if (!image || !crops) return [absoluteUrl(shareImagePath(article))];
  return [crops.wide, crops.standard, crops.square]
    .filter((crop) => crop !== undefined)
    .map((crop) => ({
      '@type': 'ImageObject',
      url: absoluteUrl(crop.path),
      width: crop.width,
      height: crop.height,
      ...(image.caption ? { caption: image.caption } : {}),
      ...(image.credit ? { creditText: image.credit } : {}),
    }));
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>`, `&` and the two JavaScript line
 * separators are written as \u escapes, so no front matter text can close the script element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
