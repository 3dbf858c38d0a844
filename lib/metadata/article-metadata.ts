// Metadata: what previews, search engines, feeds, sitemaps, citations and print read about a page.
import type { Metadata } from 'next';
import type { Article } from '../content/article';
import { lastModified, toInstant } from '../content/dates';
import { SHARE_IMAGE_SIZE, shareImagePath } from './share-image';
import { site } from '../site-config';
import { absoluteUrl, articleUrl, authorPath } from '../urls';

// Open Graph wants a locale with a region; our articles carry a language. The newsroom writes British
// English; Belarusian and Russian have one usual region each.
const OG_LOCALES: Readonly<Record<string, string>> = {
  en: 'en_GB',
  be: 'be_BY',
  ru: 'ru_RU',
  uk: 'uk_UA',
  pl: 'pl_PL',
};

/** `en-GB` → `en_GB`; a bare language gets its usual region. */
export function ogLocale(language: string): string {
  const [lang = 'en', region] = language.split('-');
  return region ? `${lang}_${region.toUpperCase()}` : (OG_LOCALES[lang] ?? lang);
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
 * search engines to show the photo large.
 */
export function articleMetadata(article: Article): Metadata {
  const url = articleUrl(article.slug);
  const image = sharePicture(article);
  return {
    robots: { 'max-image-preview': 'large' },
    title: article.headline,
    description: article.excerpt,
    authors: [{ name: article.author, url: absoluteUrl(authorPath(article.authorSlug)) }],
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      title: article.headline,
      description: article.excerpt,
      url,
      siteName: site.name,
      locale: ogLocale(article.language),
      images: [image],
      publishedTime: toInstant(article.published).toISOString(),
      ...(article.modified ? { modifiedTime: lastModified(article).toISOString() } : {}),
      authors: [absoluteUrl(authorPath(article.authorSlug))],
      tags: article.topics,
    },
    twitter: {
      card: 'summary_large_image',
      title: article.headline,
      description: article.excerpt,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}
