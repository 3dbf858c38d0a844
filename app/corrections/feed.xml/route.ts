import { correctionsFeedResponse } from '@/lib/site/feed-response';
import { site } from '@/lib/site-config';

export const dynamic = 'force-static';

/** The default edition's corrections as RSS. */
export function GET(): Response {
  return correctionsFeedResponse(site.defaultLanguage);
}
