import type { Feed, FeedItem } from './feed';
import { escapeXml, textElement } from './xml';

/**
 * The feed as an RSS 2.0 document: `content:encoded` carries the full HTML, `dc:creator` the author
 * (RSS's own <author> must be an e-mail address), `atom:link rel=self` where it lives.
 */
export function toRss(feed: Feed, selfUrl: string): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    textElement('title', feed.title),
    textElement('link', feed.homeUrl),
    textElement('description', feed.description),
    textElement('language', feed.language),
    textElement('lastBuildDate', feed.updated.toUTCString()),
    `<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...feed.items.map(toRssItem),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

function toRssItem(item: FeedItem): string {
  return [
    '<item>',
    textElement('title', item.title),
    textElement('link', item.url),
    textElement('guid', item.id, ' isPermaLink="false"'),
    textElement('pubDate', item.published.toUTCString()),
    ...(item.updated ? [textElement('atom:updated', item.updated.toISOString())] : []),
    ...item.authors.map((author) => textElement('dc:creator', author.name)),
    ...item.categories.map((category) => textElement('category', category.name)),
    textElement('description', item.summary),
    ...(item.image
      ? [`<enclosure url="${escapeXml(item.image.url)}" length="${item.image.bytes}" type="${item.image.type}"/>`]
      : []),
    textElement('content:encoded', item.contentHtml),
    '</item>',
  ].join('\n');
}
