import type { MetadataRoute } from 'next';
import { getArticles } from '@/lib/articles';
import { site } from '@/lib/site-config';
import { toSitemap } from '@/lib/metadata/sitemaps';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return toSitemap(getArticles(), site.listPageSize);
}
