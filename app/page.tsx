import type { Metadata } from 'next';
import { ArticleCard } from '@/components/ArticleCard';
import { getSummaries } from '@/lib/articles';
import { site } from '@/lib/site-config';

export const metadata: Metadata = { alternates: { canonical: '/' } };

export default function HomePage() {
  const articles = getSummaries();
  return (
    <>
      <h1 className="page-title">Latest from {site.name}</h1>
      <ol className="article-list">
        {articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ol>
    </>
  );
}
