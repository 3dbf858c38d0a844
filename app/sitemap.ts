import type { MetadataRoute } from 'next';
import { toSitemap } from '@/lib/metadata/sitemaps';
import { getPageTable } from '@/lib/site/page-table';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return toSitemap(getPageTable());
}
