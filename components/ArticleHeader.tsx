import type { Article } from '@/lib/articles';
import { Byline } from './Byline';
import { DateLine } from './DateLine';

/** The article's only <h1>, its standfirst, byline, date and reading time. */
export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header className="article-header">
      <h1>{article.headline}</h1>
      <p className="standfirst">{article.standfirst}</p>
      <div className="meta">
        <Byline author={article.author} authorSlug={article.authorSlug} />
        <p className="dateline">
          <DateLine date={article.published} />
          {article.modified ? (
            <>
              <span aria-hidden="true"> · </span>
              <DateLine date={article.modified} label="Updated" />
            </>
          ) : null}
          <span className="reading-time">
            <span aria-hidden="true"> · </span>
            {article.stats.readingMinutes} min read
          </span>
        </p>
      </div>
    </header>
  );
}
