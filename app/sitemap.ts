import type { MetadataRoute } from 'next';
import { getArticles } from '@/lib/articles';
import { toSitemap } from '@/lib/sitemaps';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return toSitemap(getArticles());
}
