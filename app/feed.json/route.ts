import { getArticles } from '@/lib/articles';
import { toFeed } from '@/lib/feeds/feed';
import { toJsonFeed } from '@/lib/feeds/json-feed';
import { absoluteUrl } from '@/lib/urls';

export const dynamic = 'force-static';

export function GET(): Response {
  const body = toJsonFeed(toFeed(getArticles()), absoluteUrl('/feed.json'));
  return new Response(body, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
