import type { FrontMatter } from './article-schema';
import type { SafeHtml } from './markdown';

export type { SafeHtml } from './markdown';

/** A published article: validated front matter plus everything derived from it, computed once. */
export type Article = Readonly<
  FrontMatter & {
    /** Where it came from, relative to the project root, for messages. */
    file: string;
    bodyHtml: SafeHtml;
    /** The standfirst and body as plain text. */
    plainText: string;
    /** A plain-text summary of at most 200 characters, for descriptions and previews. */
    excerpt: string;
    stats: Readonly<{ words: number; readingMinutes: number; paragraphs: number }>;
  }
>;

/** What a list of articles shows for each one. */
export type ArticleSummary = Pick<
  Article,
  'id' | 'slug' | 'headline' | 'standfirst' | 'author' | 'published' | 'language'
>;
