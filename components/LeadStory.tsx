import type { ArticleSummary } from '@/lib/articles';
import { articlePath } from '@/lib/urls';
import { Byline } from './Byline';
import { DateLine } from './DateLine';
import { Picture } from './Picture';

/**
 * The front page's lead: the headline large, the lead photo across the column (the page's main image,
 * fetched first), the standfirst, byline and date. The photo's alt is empty: the headline says it.
 */
export function LeadStory({ article }: { article: ArticleSummary }) {
  return (
    <article className="lead-story" lang={article.language}>
      {article.image?.rendition ? (
        <div className="lead-story-photo">
          <Picture rendition={article.image.rendition} alt="" loading="lead" />
        </div>
      ) : null}
      <h2>
        <a href={articlePath(article.slug)}>{article.headline}</a>
      </h2>
      <p className="standfirst">{article.standfirst}</p>
      <div className="meta">
        <Byline authors={article.authors} language={article.language} />
        <p className="dateline">
          <DateLine date={article.published} language={article.language} />
        </p>
      </div>
    </article>
  );
}
