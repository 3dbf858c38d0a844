import type { Feed, FeedItem } from './feed';

/** The feed as a JSON Feed 1.1 document (https://jsonfeed.org/version/1.1), pretty-printed. */
export function toJsonFeed(feed: Feed, selfUrl: string): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      home_page_url: feed.homeUrl,
      feed_url: selfUrl,
      description: feed.description,
      language: feed.language,
      items: feed.items.map(toJsonItem),
    },
    null,
    2,
  )}\n`;
}

function toJsonItem(item: FeedItem) {
  return {
    id: item.id,
    url: item.url,
    title: item.title,
    summary: item.summary,
    content_html: item.contentHtml,
    ...(item.image ? { image: item.image.url } : {}),
    date_published: item.published.toISOString(),
    ...(item.updated ? { date_modified: item.updated.toISOString() } : {}),
    authors: item.authors.map(({ name, url }) => ({ name, url })),
    tags: item.categories.map((category) => category.name),
    language: item.language,
  };
}
