// What others read about a live story: its pages' previews, its LiveBlogPosting structured data, the
// small file its page checks for new updates, and its own feed of updates. Each reads the page's view.
import type { Metadata } from 'next';
import type { BlogPosting, LiveBlogPosting } from 'schema-dts';
import type { Article, Version } from '../content/article';
import { lastModified, toInstant } from '../content/dates';
import type { LiveUpdate } from '../content/live';
import { toExcerpt } from '../content/article-stats';
import { messagesFor } from '../i18n/messages';
import type { LivePageView } from '../site/views';
import { absoluteUrl, articleUrl, livePagePath } from '../urls';
import { articleMetadata } from './article-metadata';
import { type Feed, type FeedItem, toFeedHtml } from './feeds/feed';
import { toRss } from './feeds/rss';
import { newsArticleJsonLd } from './structured-data';

/** What a key event or an index entry calls an update: its title, or the start of its text. */
export function updateName(update: Pick<LiveUpdate, 'title' | 'text'>): string {
  return update.title ?? toExcerpt(update.text, 90);
}

/**
 * Page `number` of a live story previews as the story does (with its authors' fediverse handles,
 * `creators`); a later page has its own title and canonical URL, like a list's later pages.
 */
export function liveMetadata(
  article: Article,
  versions: readonly Version[],
  number: number,
  creators: readonly string[] = [],
): Metadata {
  const story = articleMetadata(article, versions, creators);
  if (number === 1) return story;
  const url = absoluteUrl(livePagePath(article.slug, number));
  const title = messagesFor(article.language).text('live.pageTitle', { headline: article.headline, number });
  return {
    ...story,
    title,
    alternates: { canonical: url },
    openGraph: { ...story.openGraph, title, url },
    twitter: { ...story.twitter, title },
  };
}

/**
 * schema.org LiveBlogPosting for one page of a live story, as Google's live badge reads it: the
 * article's own data (NewsArticle's fields, all valid on a LiveBlogPosting), the coverage's start and
 * end, and each update shown on the page as a BlogPosting with its headline, time and link.
 */
export function liveBlogJsonLd(
  view: Pick<LivePageView, 'article' | 'pinned' | 'updates' | 'permalink' | 'publisher'>,
): Record<string, unknown> {
  const { article } = view;
  const shown = [...(view.pinned ? [view.pinned] : []), ...view.updates];
  const byId = new Map(article.live?.updates.map((update) => [update.id, update]));
  // What makes it live, typed by schema.org's vocabulary (schema-dts): a property it does not define, or
  // a value of the wrong type, fails the type check.
  const live: Pick<LiveBlogPosting, '@type' | 'coverageStartTime' | 'coverageEndTime' | 'liveBlogUpdate'> = {
    '@type': 'LiveBlogPosting',
    coverageStartTime: toInstant(article.live?.start ?? article.published).toISOString(),
    ...(article.live?.end ? { coverageEndTime: toInstant(article.live.end).toISOString() } : {}),
    liveBlogUpdate: shown.map((update): BlogPosting => {
      const source = byId.get(update.id);
      return {
        '@type': 'BlogPosting',
        headline: source ? updateName(source) : update.time,
        datePublished: update.datetime,
        url: `${view.permalink}#${update.id}`,
        ...(source && source.text.trim() !== '' ? { articleBody: source.text } : {}),
      };
    }),
  };
  return { ...newsArticleJsonLd(article, view.publisher), ...live };
}

/**
 * The small file a live story's first page checks every 30 seconds (client/live.ts): whether the
 * coverage runs, and the anchors of the updates its first page shows, newest first.
 */
export function liveUpdatesJson(view: Pick<LivePageView, 'status' | 'updates'>): string {
  return `${JSON.stringify({ running: view.status.running, updates: view.updates.map(({ id }) => id) })}\n`;
}

/** How many of the newest updates a live story's own feed carries. */
export const LIVE_FEED_SIZE = 50;

/** A live story's own feed (RSS 2.0): its newest updates, each an item linking to the update on the page. */
export function liveFeedXml(view: Pick<LivePageView, 'article' | 'permalink' | 'feed'>): string {
  const { article, permalink } = view;
  const t = messagesFor(article.language);
  const updates = (article.live?.updates ?? []).slice(0, LIVE_FEED_SIZE);
  const items = updates.map((update): FeedItem => ({
    id: `${permalink}#${update.id}`,
    url: `${permalink}#${update.id}`,
    title: updateName(update),
    summary: toExcerpt(update.text),
    contentHtml: toFeedHtml(update.html),
    published: toInstant(update.time),
    updated: undefined,
    authors: [],
    categories: [],
    language: article.language,
    image: undefined,
  }));
  const feed: Feed = {
    title: t.text('live.feedTitle', { headline: article.headline }),
    description: article.standfirst,
    homeUrl: articleUrl(article.slug),
    language: article.language,
    updated: lastModified(article),
    items,
  };
  return toRss(feed, absoluteUrl(view.feed));
}
