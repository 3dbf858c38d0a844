import Link from 'next/link';
import type { ArticleSummary } from '@/lib/articles';
import { articlePath } from '@/lib/urls';
import { Byline } from './Byline';
import { DateLine } from './DateLine';

/** A teaser in a list: headline linking to the permalink, standfirst, byline and date. */
export function ArticleCard({ article }: { article: ArticleSummary }) {
  return (
    <article className="card" lang={article.language}>
      <h2>
        <Link href={articlePath(article.slug)}>{article.headline}</Link>
      </h2>
      <p className="standfirst">{article.standfirst}</p>
      <div className="meta">
        <Byline author={article.author} authorSlug={article.authorSlug} />
        <p className="dateline">
          <DateLine date={article.published} />
        </p>
      </div>
    </article>
  );
}
