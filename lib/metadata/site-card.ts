import { createHash } from 'node:crypto';
import { messagesFor } from '../i18n/messages';
import { site } from '../site-config';
import { codeKey } from './code-key';
import { IMAGE_FONT_FILES } from './image-fonts';
import { drawable, SHARE_IMAGE_SIZE } from './share-image';

let drawing: string | undefined;

/**
 * What draws the editions' cards: a hash of the route that lays them out (app/cards/), the modules of
 * lib/metadata/ and the packages it draws with, and the font files (lib/metadata/code-key.ts), so a new
 * design gives every card a new name with nothing to bump by hand. Read once per process.
 */
export function siteCardDrawing(): string {
  drawing ??= codeKey(process.cwd(), 'app/cards/[file]/route.tsx', IMAGE_FONT_FILES);
  return drawing;
}

/** What an edition's card shows: the site's name and what it is, in the edition's language. */
export function siteCardContent(language: string): Readonly<{ siteName: string; tagline: string }> {
  return { siteName: drawable(site.name), tagline: drawable(messagesFor(language).text('site.tagline')) };
}

/** The card's file name: the language and a hash of what it shows and what draws it, e.g. `be.3f2a….png`. */
export function siteCardFile(language: string, drawing = siteCardDrawing()): string {
  const { siteName, tagline } = siteCardContent(language);
  const hash = createHash('sha256')
    .update(JSON.stringify([drawing, siteName, tagline]))
    .digest('hex')
    .slice(0, 12);
  return `${language}.${hash}.png`;
}

/**
 * The picture every page that is not an article previews with (front pages, lists, indexes): the
 * site's name and tagline in the page's language, 1200×630 like the articles' cards.
 */
export function siteCard(language: string) {
  return {
    url: new URL(`/cards/${siteCardFile(language)}`, site.url).href,
    ...SHARE_IMAGE_SIZE,
    alt: `${site.name}: ${messagesFor(language).text('site.tagline')}`,
    type: 'image/png',
  };
}
