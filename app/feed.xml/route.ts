import { getArticles } from '@/lib/articles';
import { toFeed } from '@/lib/metadata/feeds/feed';
import { toRss } from '@/lib/metadata/feeds/rss';
import { absoluteUrl } from '@/lib/urls';

export const dynamic = 'force-static';

export function GET(): Response {
  const body = toRss(toFeed(getArticles()), absoluteUrl('/feed.xml'));
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
