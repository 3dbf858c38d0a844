import { siteFile } from '@/lib/site/published';

export const dynamic = 'force-static';

/** Articles of the two days before the build (BUILD_TIME), for Google News (lib/site/render-table.ts). */
export function GET(): Response {
  return new Response(siteFile('/news-sitemap.xml'), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
