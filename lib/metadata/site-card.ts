import { createHash } from 'node:crypto';
import { messagesFor } from '../i18n/messages';
import { site } from '../site-config';
import { drawable, SHARE_IMAGE_SIZE } from './share-image';

// Bump when the card's design changes, so its URL changes and chat apps fetch it again.
const CARD_VERSION = 1;

/** What an edition's card shows: the site's name and what it is, in the edition's language. */
export function siteCardContent(language: string): Readonly<{ siteName: string; tagline: string }> {
  return { siteName: drawable(site.name), tagline: drawable(messagesFor(language).text('site.tagline')) };
}

/** The card's file name: the language and a hash of what it shows, e.g. `be.3f2a….png`. */
export function siteCardFile(language: string): string {
  const { siteName, tagline } = siteCardContent(language);
  const hash = createHash('sha256')
    .update(JSON.stringify([CARD_VERSION, siteName, tagline]))
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
