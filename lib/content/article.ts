import type { FrontMatter } from './article-schema';
import type { BodyImage } from '../images/figure-plugin';
import type { ImageRendition } from '../images/image-catalog';
import type { Focus } from '../images/image-plan';
import type { SafeHtml } from '../markdown/markdown';
import type { LiveCoverage } from './live';

export type { SafeHtml } from '../markdown/markdown';

/** A published article: validated front matter plus everything derived from it, computed once. */
export type Article = Readonly<
  Omit<FrontMatter, 'draft' | 'aliases' | 'corrections' | 'image' | 'author' | 'translationKey' | 'live'> & {
    /** The lead photo, shown above the text, in lists and in previews. */
    image: LeadImage | undefined;
    /** Every photo in the body, in order. */
    bodyImages: readonly BodyImage[];
    draft: boolean;
    /** Earlier slugs; each becomes a redirect page to the permalink. */
    aliases: readonly string[];
    corrections: readonly Correction[];
    /**
     * When it was published as the newsroom reads it (site.yml's timeZone): a day as written, or a
     * date-time in the newsroom's zone, so its first ten characters are the day a reader is shown.
     */
    published: string;
    /** The moment of publication, an ISO instant (`2026-11-30T21:00:00.000Z`): for order, embargoes and feeds. */
    publishedAt: string;
    /** The newest of `updated` and the corrections' dates, when the article changed after publication. */
    modified: string | undefined;
    /** The moment `modified` began where the newsroom is, an ISO instant; undefined with it. */
    modifiedAt: string | undefined;
    /** Who wrote it, in order: each registered person's id (their page) and name in the article's language. */
    authors: readonly AuthorRef[];
    /** The topics, each a registered topic's id (its page, as `slug`) and name in the article's language. */
    topicRefs: readonly TopicRef[];
    /** Shared by every language version of one story; undefined for a story in one language. */
    translationKey: string | undefined;
    /**
     * A live story's coverage and its updates, newest first (lib/content/live.ts); undefined for any other
     * article. A live story's text is its updates: its `bodyHtml` is empty.
     */
    live: LiveCoverage | undefined;
    /** Where it came from, relative to the project root, for messages. */
    file: string;
    bodyHtml: SafeHtml;
    /** The origins of the players the body's embed cards may load, for the page's `frame-src`. */
    frameSources: readonly string[];
    /** Every link and image address in the body as published, with its line in the file when found. */
    bodyLinks: readonly BodyLink[];
    /** The standfirst and body as plain text. */
    plainText: string;
    /** A plain-text summary of at most 200 characters, for descriptions and previews. */
    excerpt: string;
    stats: Readonly<{ words: number; readingMinutes: number; paragraphs: number }>;
  }
>;

/** The lead photo as the editor described it, and what the build derived from it. */
export type LeadImage = Readonly<{
  src: string;
  /** Empty only for a decorative photo. */
  alt: string;
  caption: string | undefined;
  credit: string | undefined;
  focus: Focus;
  /** Undefined only while checking: the build derives every photo before any page is written. */
  rendition: ImageRendition | undefined;
}>;
/** A link (`href`) or image (`src`) address in an article's body, and the line of the file it is on. */
export type BodyLink = Readonly<{ kind: 'link' | 'image'; target: string; line: number | undefined }>;

/** A correction shown on the article: the day it was made and what it says. */
export type Correction = Readonly<{ date: string; text: string }>;

/** A topic's name in the article's language and its page segment (the registered id). */
export type TopicRef = Readonly<{ name: string; slug: string }>;

/** One language version of a story, as the language switch and hreflang links name it. */
export type Version = Readonly<{ language: string; slug: string; headline: string }>;

/** An author as an article credits them: the registered id (their page segment) and name in its language. */
export type AuthorRef = Readonly<{ id: string; name: string }>;

/** What a list of articles shows for each one. */
export type ArticleSummary = Pick<
  Article,
  'id' | 'slug' | 'headline' | 'standfirst' | 'authors' | 'published' | 'language' | 'image' | 'topicRefs'
>;
