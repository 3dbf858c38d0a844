import type { ReactNode } from 'react';
import type { ArticleSummary } from '@/lib/articles';
import type { ListPage } from '@/lib/lists/pagination';
import { ArticleCard } from './ArticleCard';
import { PageNav } from './PageNav';

type Props = { heading: ReactNode; page: ListPage<ArticleSummary>; firstPage: string };

/** A page of a list of articles (home, author, topic): its heading, its teasers, the way to the other pages. */
export function ArticleListPage({ heading, page, firstPage }: Props) {
  return (
    <>
      <h1 className="page-title">
        {heading}
        {page.number > 1 && `, page ${page.number}`}
      </h1>
      <ol className="article-list">
        {page.items.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ol>
      <PageNav firstPage={firstPage} number={page.number} count={page.count} />
    </>
  );
}
