import { feedResponse } from '@/lib/site/feed-response';
import { site } from '@/lib/site-config';

export const dynamic = 'force-static';

/** The default edition's feed. */
export function GET(): Response {
  return feedResponse('feed.xml', site.defaultLanguage);
}
