import type { Metadata } from 'next';
import { ArticleListPage } from '@/components/ArticleListPage';
import { getHomePages } from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';

export const metadata: Metadata = { alternates: { canonical: '/' } };

export default function HomePage() {
  const [first] = getHomePages();
  return first && <ArticleListPage heading={`Latest from ${site.name}`} page={first} firstPage="/" />;
}
