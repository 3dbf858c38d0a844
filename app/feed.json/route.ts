import { getArticles } from '@/lib/articles';
import { toFeed } from '@/lib/metadata/feeds/feed';
import { toJsonFeed } from '@/lib/metadata/feeds/json-feed';
import { absoluteUrl } from '@/lib/urls';

export const dynamic = 'force-static';

export function GET(): Response {
  const body = toJsonFeed(toFeed(getArticles()), absoluteUrl('/feed.json'));
  return new Response(body, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
