// Feeds: the newest articles in full, format-neutral, for RSS, Atom and JSON Feed beside it.
import type { Article, SafeHtml } from '../../content/article';
import { changedAfterPublication } from '../../content/dates';
import { site } from '../../site-config';
import { escapeXml } from './xml';
import { withoutEmbedCards, withoutParagraphLinks } from '../../markdown/markdown';
import { messagesFor } from '../../i18n/messages';
import { absoluteUrl, articleUrl, authorPath, editionPath, shortPath, topicPath } from '../../urls';

/** The feeds the site publishes: where each lives, its media type, and its name in <link rel=alternate>. */
export const FEEDS = [
  { file: 'feed.xml', type: 'application/rss+xml', title: 'RSS' },
  { file: 'atom.xml', type: 'application/atom+xml', title: 'Atom' },
  { file: 'feed.json', type: 'application/feed+json', title: 'JSON Feed' },
] as const;

/** Where an edition's feed lives: `/feed.xml` for the default language, `/be/feed.xml` for another. */
export function feedPath(file: (typeof FEEDS)[number]['file'], language: string): string {
  return `${editionPath(language)}${file}`;
}

/** How many of the newest articles a feed carries, each with its full text. */
export const FEED_SIZE = 50;

/** One article as every feed format needs it: absolute URLs, instants, the sanitized body. */
export type FeedItem = Readonly<{
  /** Permanent: the short link /a/<id>/, which survives any change of headline or slug. */
  id: string;
  url: string;
  title: string;
  summary: string;
  /** The standfirst, the sanitized body and the credit to the original publisher, as HTML. */
  contentHtml: string;
  published: Date;
  /** Set when the article changed after publication. */
  updated: Date | undefined;
  authors: readonly Readonly<{ name: string; url: string }>[];
  categories: readonly Readonly<{ name: string; url: string }>[];
  language: string;
  /** The lead photo as one JPEG, for enclosures and JSON Feed's `image`. */
  image: FeedImage | undefined;
}>;

/**
 * A feed's picture of an item: an absolute URL to a JPEG, its size in bytes (0 when an image service makes
 * it on request: RSS's length for a size that cannot be known) and its description.
 */
export type FeedImage = Readonly<{ url: string; type: 'image/jpeg'; bytes: number; alt: string }>;

/** The whole feed, format-neutral. */
export type Feed = Readonly<{
  title: string;
  description: string;
  homeUrl: string;
  language: string;
  /** The latest publication or change of any item; the Unix epoch for an empty site. */
  updated: Date;
  items: readonly FeedItem[];
}>;

/** How many of a live story's newest updates its item in an edition's feed carries; its own feed has more. */
export const FEED_LIVE_UPDATES = 10;

/**
 * The newest FEED_SIZE articles (input newest first, as getArticles() gives them) as a feed of
 * full-text items with absolute URLs; a live story's item carries its newest updates, their times in
 * the newsroom's `timeZone`. Pure apart from reading the site's name and URL.
 */
export function toFeed(articles: readonly Article[], language: string, timeZone = 'UTC'): Feed {
  const items = articles
    .filter((article) => article.language === language)
    .slice(0, FEED_SIZE)
    .map((article) => toFeedItem(article, timeZone));
  const latest = Math.max(0, ...items.map((item) => (item.updated ?? item.published).getTime()));
  return {
    title: site.name,
    description: messagesFor(language).text('feed.description', { site: site.name }),
    homeUrl: absoluteUrl(editionPath(language)),
    language,
    updated: new Date(latest),
    items,
  };
}

function toFeedItem(article: Article, timeZone: string): FeedItem {
  const published = new Date(article.publishedAt);
  return {
    id: absoluteUrl(shortPath(article.id)),
    url: articleUrl(article.slug),
    title: article.headline,
    summary: article.standfirst,
    contentHtml: toContentHtml(article, timeZone),
    published,
    updated: changedAfterPublication(article),
    authors: article.authors.map(({ id, name }) => ({ name, url: absoluteUrl(authorPath(id, article.language)) })),
    categories: article.topicRefs.map(({ name, slug }) => ({
      name,
      url: absoluteUrl(topicPath(slug, article.language)),
    })),
    language: article.language,
    image: feedImage(article),
  };
}

/** The lead photo's JPEG nearest 1080 px wide: large enough for any reader's article view. */
function feedImage(article: Article): FeedImage | undefined {
  const jpegs = article.image?.rendition?.sources.jpeg ?? [];
  const chosen = jpegs.find((file) => file.width >= 1080) ?? jpegs.at(-1);
  if (!article.image || !chosen) return undefined;
  return { url: absoluteUrl(chosen.path), type: 'image/jpeg', bytes: chosen.bytes, alt: article.image.alt };
}

/**
 * What a reader sees on the page, in order: the standfirst (which is not part of the body), the
 * sanitized body, and the credit to the original publisher. Front matter text is escaped here.
 */
function toContentHtml(article: Article, timeZone: string): string {
  const { name, url } = article.source;
  const lead = feedImage(article);
  const caption = [article.image?.caption, article.image?.credit].filter(Boolean).join(' ');
  return [
    `<p>${escapeXml(article.standfirst)}</p>`,
    ...(lead
      ? [
          `<figure><img src="${escapeXml(lead.url)}" alt="${escapeXml(lead.alt)}">${caption ? `<figcaption>${escapeXml(caption)}</figcaption>` : ''}</figure>`,
        ]
      : []),
    article.live ? liveUpdatesHtml(article, timeZone) : toFeedHtml(article.bodyHtml),
    `<p>${messagesFor(article.language)
      .parts('attribution', { source: SOURCE_LINK })
      .map((part) =>
        part === SOURCE_LINK ? `<a href="${escapeXml(url)}">${escapeXml(name)}</a>` : escapeXml(part as string),
      )
      .join('')}</p>`,
  ].join('\n');
}

const SOURCE_LINK = Symbol('source link');

/** A live story's newest updates, each headed by its time (and title), linking to the update on the page. */
function liveUpdatesHtml(article: Article, timeZone: string): string {
  const t = messagesFor(article.language);
  return (article.live?.updates ?? [])
    .slice(0, FEED_LIVE_UPDATES)
    .map((update) => {
      const heading = [t.clock(update.time, timeZone, true), update.title].filter(Boolean).join(': ');
      const link = escapeXml(`${articleUrl(article.slug)}#${update.id}`);
      return `<h3><a href="${link}">${escapeXml(heading)}</a></h3>\n${toFeedHtml(update.html)}`;
    })
    .join('\n');
}

/**
 * Feed readers drop <source> and srcset or resolve them against the wrong address: a photo in a feed
 * is its <img> alone, a JPEG, loaded when the reader opens the item.
 */
function toPlainImages(html: string): string {
  return html
    .replace(/<source [^>]*>/g, '')
    .replace(
      /<img ([^>]*)>/g,
      (_, attributes: string) => `<img ${attributes.replace(/ (srcset|sizes|loading|decoding)="[^"]*"/g, '')}>`,
    );
}

/**
 * A sanitized body as feed readers get it: no ¶ links, embed cards as their links, photos as one plain
 * <img>, every link and image address absolute.
 */
export function toFeedHtml(html: SafeHtml): string {
  return toAbsoluteLinks(toPlainImages(withoutEmbedCards(withoutParagraphLinks(html)).trim()));
}

/** Feed readers show content away from the site, so a link such as `/news/x/` must name the site. */
function toAbsoluteLinks(html: string): string {
  return html.replace(
    /\b(href|src)="(\/(?!\/)[^"]*)"/g,
    (_, name: string, path: string) => `${name}="${escapeXml(absoluteUrl(decodeHtmlAttribute(path)))}"`,
  );
}

function decodeHtmlAttribute(value: string): string {
  return value.replace(
    /&(amp|quot|lt|gt|#x26|#38);/g,
    (_, entity: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#x26': '&', '#38': '&' })[entity] ?? '',
  );
}
