import type { Article } from '../content/article';
import { lastModified } from '../content/dates';
import type { Policy } from '../content/newsroom-settings';
import type { ImageRendition } from '../images/image-catalog';
import { shareImagePath } from './share-image';
import { absoluteUrl, articleUrl, authorPath } from '../urls';

/** The publisher's logo: a square PNG rendered at build time (app/logo.png/route.tsx). */
export const LOGO_PATH = '/logo.png';
export const LOGO_SIZE = 512;

/**
 * Who publishes the site, as its pages state it: the name, the front page's absolute URL, the absolute
 * URL of the page stating each policy site.yml names (in the page's language), and its e-mail address.
 */
export type Publisher = Readonly<{
  name: string;
  url: string;
  policies: Readonly<Partial<Record<Policy, string>>>;
  email?: string;
}>;

/**
 * The publisher as schema.org's NewsMediaOrganization (the BBC's and the Guardian's type): name, logo,
 * URL and each policy page (publishingPrinciples, correctionsPolicy, ethicsPolicy, masthead, …).
 */
export function publisherJsonLd(publisher: Publisher): Record<string, unknown> {
  return {
    '@type': 'NewsMediaOrganization',
    name: publisher.name,
    url: publisher.url,
    logo: { '@type': 'ImageObject', url: absoluteUrl(LOGO_PATH), width: LOGO_SIZE, height: LOGO_SIZE },
    ...publisher.policies,
    ...(publisher.email ? { email: publisher.email } : {}),
  };
}

/**
 * schema.org NewsArticle with what Google's Article rich results require and recommend (each author
 * with their profile page's URL), `publisher` the NewsMediaOrganization with its policies, free to read,
 * and `isBasedOn` crediting the original report.
 */
export function newsArticleJsonLd(article: Article, publisher: Publisher): Record<string, unknown> {
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
    publisher: publisherJsonLd(publisher),
    isAccessibleForFree: true,
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

/** An author as their profile page says it: what profilePageJsonLd needs (a part of the page's view). */
export type ProfileData = Readonly<{
  name: string;
  url: string;
  role?: string;
  bio?: string;
  photo?: Readonly<{ rendition: ImageRendition | undefined }>;
  sameAs: readonly string[];
}>;

/**
 * schema.org ProfilePage for an author's page, as Google asks of profile pages: its `mainEntity` the
 * Person, with their role, biography, photo (its smallest JPEG) and `sameAs`, their other profiles.
 */
export function profilePageJsonLd(profile: ProfileData): Record<string, unknown> {
  const image = profile.photo?.rendition?.sources.jpeg[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: profile.url,
    mainEntity: {
      '@type': 'Person',
      name: profile.name,
      url: profile.url,
      ...(profile.role ? { jobTitle: profile.role } : {}),
      ...(profile.bio ? { description: profile.bio } : {}),
      ...(image ? { image: absoluteUrl(image.path) } : {}),
      ...(profile.sameAs.length > 0 ? { sameAs: profile.sameAs } : {}),
    },
  };
}

/**
 * The article's images for search engines: the lead photo in the three aspect ratios Google asks for
 * (16:9, 4:3, 1:1, each 1200 px wide or as large as the photo holds) with its caption and credit, or the headline card.
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
