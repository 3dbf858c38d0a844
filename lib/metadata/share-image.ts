import { createHash } from 'node:crypto';
import type { Article } from '../content/article';
import { messagesFor } from '../i18n/messages';
import { site } from '../site-config';
import { codeKey } from './code-key';
import { IMAGE_FONT_FILES } from './image-fonts';

/** The size every chat app and social site crops previews from. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

let drawing: string | undefined;

/**
 * What draws the articles' cards: a hash of the route that lays them out (app/og/), every module of
 * lib/metadata/ it draws with, the packages they use (Takumi's version) and the font files
 * (lib/metadata/code-key.ts). A change to any of them gives every card a new name, so the cache draws
 * it again and chat apps fetch it again; nothing to bump by hand. Read once per process.
 */
export function shareCardDrawing(): string {
  drawing ??= codeKey(process.cwd(), 'app/og/[file]/route.tsx', IMAGE_FONT_FILES);
  return drawing;
}

/** What a share image shows. Its URL is a hash of exactly this and of what draws it. */
export type ShareImageContent = Readonly<{ headline: string; date: string; siteName: string }>;

export function shareImageContent(article: Pick<Article, 'headline' | 'published' | 'language'>): ShareImageContent {
  return {
    headline: drawable(article.headline),
    date: messagesFor(article.language).date(article.published),
    siteName: drawable(site.name),
  };
}

/**
 * The image's file name: the article's permanent id and a hash of everything drawn and of what draws it
 * (`drawing`, shareCardDrawing()), so a corrected headline or a new design gets a new URL and chat apps
 * that cache previews (Telegram, WhatsApp) fetch the new image.
 */
export function shareImageFile(
  article: Pick<Article, 'id' | 'headline' | 'published' | 'language'>,
  drawing = shareCardDrawing(),
): string {
  const content = shareImageContent(article);
  const hash = createHash('sha256')
    .update(JSON.stringify([drawing, content.headline, content.date, content.siteName]))
    .digest('hex')
    .slice(0, 12);
  return `${article.id}.${hash}.png`;
}

/** The share image's path: `/og/<id>.<hash>.png`. */
export function shareImagePath(article: Pick<Article, 'id' | 'headline' | 'published' | 'language'>): string {
  return `/og/${shareImageFile(article)}`;
}

// Latin (with Belarusian Łacinka and Polish letters), Cyrillic and common punctuation: what the bundled
// Noto Sans subsets draw. Anything else would make the image renderer fetch a font from the network,
// so it is left out of the image (the page itself shows the headline in full).
const DRAWABLE =
  /[\u0020-\u007e\u00a0-\u024f\u0300-\u036f\u0400-\u052f\u1e00-\u1eff\u2010-\u2027\u2030-\u203a\u20ac\u2116]/u;

/** Keeps the characters the share image's fonts can draw, with spaces tidied. */
export function drawable(text: string): string {
  return [...text.normalize('NFC')]
    .filter((char) => DRAWABLE.test(char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
