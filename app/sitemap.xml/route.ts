import { siteFile } from '@/lib/site/published';

export const dynamic = 'force-static';

/**
 * Every page search engines should index, or past 50,000 of them the index of the sitemap's parts in
 * /sitemaps/ (lib/metadata/sitemap-files.ts), made by the check step from the whole page table.
 */
export function GET(): Response {
  return new Response(siteFile('/sitemap.xml'), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
