import type { ReactNode } from 'react';
import type { ArticleSummary } from '@/lib/articles';
import { messagesFor } from '@/lib/i18n/messages';
import type { ListPage } from '@/lib/lists/pagination';
import { ArticleCard } from './ArticleCard';
import { keyed } from './keyed';
import { PageNav } from './PageNav';

type Props = {
  heading: ReactNode;
  page: ListPage<ArticleSummary>;
  firstPage: string;
  language: string;
  /** Shown under the heading on the list's first page: an author's role and biography. */
  intro?: ReactNode;
};

/** A page of a list of articles (front page, author, topic): its heading, its teasers, the way to the other pages. */
export function ArticleListPage({ heading, page, firstPage, language, intro }: Props) {
  const t = messagesFor(language);
  return (
    <>
      <h1 className="page-title">
        {page.number > 1 ? keyed(t.parts('list.pageTitle', { title: heading, number: page.number })) : heading}
      </h1>
      {page.number === 1 ? intro : null}
      {page.items.length === 0 ? <p>{t.text('list.empty')}</p> : null}
      <ol className="article-list">
        {page.items.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ol>
      <PageNav firstPage={firstPage} number={page.number} count={page.count} language={language} />
    </>
  );
}
