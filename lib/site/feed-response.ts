import { correctionsFeedPath } from '../urls';
import { feedPath, FEEDS } from '../metadata/feeds/feed';
import type { FeedFile } from './render-table';
import { siteFile } from './published';

/** One edition's feed in one format, as the static file the build writes: `/feed.xml`, `/be/atom.xml`… */
export function feedResponse(file: FeedFile, language: string): Response {
  const type = FEEDS.find((feed) => feed.file === file)?.type ?? 'application/xml';
  return new Response(siteFile(feedPath(file, language)), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

/** One edition's corrections as RSS, the static file `/corrections/feed.xml`, `/be/corrections/feed.xml`. */
export function correctionsFeedResponse(language: string): Response {
  return new Response(siteFile(correctionsFeedPath(language)), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
