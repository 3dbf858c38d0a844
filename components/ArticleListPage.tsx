import { messagesFor } from '@/lib/i18n/messages';
import type { ListPageView } from '@/lib/site/views';
import { ArticleCard } from './ArticleCard';
import { AuthorIntro } from './AuthorIntro';
import { keyed } from './keyed';
import { PageFrame } from './PageFrame';
import { PageNav } from './PageNav';

/**
 * A page of a list of articles (an edition's older articles, an author's, a topic's): its heading, an
 * author's profile on their list's first page, its teasers, the way to the other pages.
 */
export function ArticleListPage({ view }: { view: ListPageView }) {
  const { chrome, heading, page, firstPage, profile } = view;
  const { language } = chrome;
  const t = messagesFor(language);
  return (
    <PageFrame chrome={chrome}>
      <h1 className="page-title">
        {page.number > 1 ? keyed(t.parts('list.pageTitle', { title: heading, number: page.number })) : heading}
      </h1>
      {page.number === 1 && profile ? <AuthorIntro profile={profile} /> : null}
      {page.items.length === 0 ? <p>{t.text('list.empty')}</p> : null}
      <ol className="article-list">
        {page.items.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ol>
      <PageNav firstPage={firstPage} number={page.number} count={page.count} language={language} />
    </PageFrame>
  );
}
