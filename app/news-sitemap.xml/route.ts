import { readPublishingRules } from '@/lib/articles';
import { site } from '@/lib/site-config';
import { toNewsSitemap } from '@/lib/metadata/sitemaps';
import { publishedArticles } from '@/lib/site/published';

export const dynamic = 'force-static';

/** Articles of the two days before the build (BUILD_TIME), for Google News. */
export function GET(): Response {
  const body = toNewsSitemap(publishedArticles(), readPublishingRules().now, site.name);
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
