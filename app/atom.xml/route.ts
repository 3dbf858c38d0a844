import { getArticles } from '@/lib/articles';
import { toFeed } from '@/lib/metadata/feeds/feed';
import { toAtom } from '@/lib/metadata/feeds/atom';
import { absoluteUrl } from '@/lib/urls';

export const dynamic = 'force-static';

export function GET(): Response {
  const body = toAtom(toFeed(getArticles()), absoluteUrl('/atom.xml'));
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
