// Metadata: what previews, search engines, feeds, sitemaps, citations and print read about a page.
import type { Metadata } from 'next';
import type { Article } from '../content/article';
import { lastModified } from '../content/dates';
import { SHARE_IMAGE_SIZE, shareImagePath } from './share-image';
import { site } from '../site-config';
import { messagesFor } from '../i18n/messages';
import { absoluteUrl, articleUrl, authorPath } from '../urls';
import { languageAlternates, type Version } from './language-alternates';

/** Open Graph's locale for a language, with its usual region, from the language's catalogue: `be` → `be_BY`. */
export function ogLocale(language: string): string {
  return messagesFor(language).text('locale.og');
}

/** The share image's alt text: what it shows. */
export function shareImageAlt(article: Pick<Article, 'headline'>): string {
  return `${article.headline}: ${site.name}`;
}

/**
 * The picture previews show: the lead photo cut to 1200×630 around its focus, or for an article
 * without a photo the card drawn from its headline.
 */
export function sharePicture(article: Article): {
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
} {
  const crop = article.image?.rendition?.crops.share;
  if (article.image && crop)
    return {
      url: absoluteUrl(crop.path),
      width: crop.width,
      height: crop.height,
      alt: article.image.alt || shareImageAlt(article),
      type: 'image/jpeg',
    };
  return {
    url: absoluteUrl(shareImagePath(article)),
    width: SHARE_IMAGE_SIZE.width,
    height: SHARE_IMAGE_SIZE.height,
    alt: shareImageAlt(article),
    type: 'image/png',
  };
}

/**
 * Everything chat apps, social sites and search engines read from an article page: title,
 * description, canonical URL, Open Graph and a large Twitter card, every URL absolute, and leave for
 * search engines to show the photo large; and `fediverse:creator`, each of `creators` (the authors'
 * fediverse handles, `@name@host`), which Mastodon shows under the article's preview.
 */
export function articleMetadata(
  article: Article,
  versions: readonly Version[],
  creators: readonly string[] = [],
): Metadata {
  const url = articleUrl(article.slug);
  const image = sharePicture(article);
  const authorUrls = article.authors.map(({ id }) => absoluteUrl(authorPath(id, article.language)));
  return {
    robots: { 'max-image-preview': 'large' },
    title: article.headline,
    description: article.excerpt,
    authors: article.authors.map(({ name }, index) => ({ name, url: authorUrls[index] as string })),
    alternates: {
      canonical: url,
      ...languageAlternates(versions.map(({ language, slug }) => ({ language, url: articleUrl(slug) }))),
    },
    openGraph: {
      type: 'article',
      title: article.headline,
      description: article.excerpt,
      url,
      siteName: site.name,
      locale: ogLocale(article.language),
      alternateLocale: versions
        .filter(({ language }) => language !== article.language)
        .map(({ language }) => ogLocale(language)),
      images: [image],
      publishedTime: article.publishedAt,
      ...(article.modified ? { modifiedTime: lastModified(article).toISOString() } : {}),
      authors: authorUrls,
      tags: article.topicRefs.map(({ name }) => name),
    },
    twitter: {
      card: 'summary_large_image',
      title: article.headline,
      description: article.excerpt,
      images: [{ url: image.url, alt: image.alt }],
    },
    ...(creators.length > 0 ? { other: { 'fediverse:creator': [...creators] } } : {}),
  };
}
