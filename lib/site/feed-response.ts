import { absoluteUrl, correctionsFeedPath } from '../urls';
import { toAtom } from '../metadata/feeds/atom';
import { toCorrectionsFeed } from '../metadata/feeds/corrections-feed';
import { feedPath, FEEDS, toFeed } from '../metadata/feeds/feed';
import { toJsonFeed } from '../metadata/feeds/json-feed';
import { toRss } from '../metadata/feeds/rss';
import { getSiteFile } from '../articles';
import { publishedArticles } from './published';

type FeedFile = (typeof FEEDS)[number]['file'];

const WRITERS: Readonly<Record<FeedFile, (feed: ReturnType<typeof toFeed>, self: string) => string>> = {
  'feed.xml': toRss,
  'atom.xml': toAtom,
  'feed.json': toJsonFeed,
};

/** One edition's feed in one format, as the static file the build writes: `/feed.xml`, `/be/atom.xml`… */
export function feedResponse(file: FeedFile, language: string): Response {
  const type = FEEDS.find((feed) => feed.file === file)?.type ?? 'application/xml';
  const body = WRITERS[file](
    toFeed(publishedArticles(), language, getSiteFile().timeZone),
    absoluteUrl(feedPath(file, language)),
  );
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

/** One edition's corrections as RSS, the static file `/corrections/feed.xml`, `/be/corrections/feed.xml`. */
export function correctionsFeedResponse(language: string): Response {
  const body = toRss(toCorrectionsFeed(publishedArticles(), language), absoluteUrl(correctionsFeedPath(language)));
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
