import type { ArticleSummary } from '@/lib/articles';
import { articlePath } from '@/lib/urls';
import { Byline } from './Byline';
import { DateLine } from './DateLine';
import { Picture } from './Picture';

/**
 * A teaser in a list: headline linking to the permalink, standfirst, byline and date, and a thumbnail of
 * the lead photo. The thumbnail's alt is empty: the headline beside it says what the story is.
 */
export function ArticleCard({ article }: { article: ArticleSummary }) {
  return (
    <article className={article.image?.rendition ? 'card card-with-photo' : 'card'} lang={article.language}>
      {article.image?.rendition ? (
        <div className="card-photo">
          <Picture rendition={article.image.rendition} alt="" loading="lazy" use="thumb" />
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
