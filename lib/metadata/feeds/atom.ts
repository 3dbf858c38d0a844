import type { Feed, FeedItem } from './feed';
import { escapeXml, textElement } from './xml';

/** The feed as an Atom 1.0 (RFC 4287) document, each entry with its full HTML as `content type="html"`. */
export function toAtom(feed: Feed, selfUrl: string): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    textElement('id', feed.homeUrl),
    textElement('title', feed.title),
    textElement('subtitle', feed.description),
    textElement('updated', feed.updated.toISOString()),
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>`,
    ...feed.items.map(toAtomEntry),
    '</feed>',
    '',
  ].join('\n');
}

function toAtomEntry(item: FeedItem): string {
  return [
    `<entry xml:lang="${escapeXml(item.language)}">`,
    textElement('id', item.id),
    textElement('title', item.title),
    `<link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>`,
    ...(item.image
      ? [
          // Atom's length is advisory: left out when an image service makes the photo and its size is unknown.
          `<link rel="enclosure" type="${item.image.type}"${item.image.bytes > 0 ? ` length="${item.image.bytes}"` : ''} href="${escapeXml(item.image.url)}"/>`,
        ]
      : []),
    textElement('published', item.published.toISOString()),
    textElement('updated', (item.updated ?? item.published).toISOString()),
    ...item.authors.map(
      (author) => `<author>${textElement('name', author.name)}${textElement('uri', author.url)}</author>`,
    ),
    ...item.categories.map((category) => `<category term="${escapeXml(category.name)}"/>`),
    textElement('summary', item.summary),
    textElement('content', item.contentHtml, ' type="html"'),
    '</entry>',
  ].join('\n');
}
