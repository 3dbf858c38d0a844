import type { ArticleSummary } from '@/lib/articles';
import { articlePath } from '@/lib/urls';
import { Byline } from './Byline';
import { DateLine } from './DateLine';
import { Picture } from './Picture';

/**
 * A teaser in a list: headline linking to the permalink, standfirst, byline and date, and a thumbnail of
 * the lead photo. The thumbnail's alt is empty: the headline beside it says what the story is.
 * As the front page's `lead`, the photo runs across the column and is fetched first (the page's main image).
 */
export function ArticleCard({ article, lead = false }: { article: ArticleSummary; lead?: boolean }) {
  const photo = article.image?.rendition;
  const className = lead ? 'lead-story' : photo ? 'card card-with-photo' : 'card';
  return (
    <article className={className} lang={article.language}>
      {photo ? (
        <div className={lead ? 'lead-story-photo' : 'card-photo'}>
          {lead ? (
            <Picture rendition={photo} alt="" loading="lead" />
          ) : (
            <Picture rendition={photo} alt="" loading="lazy" use="thumb" />
          )}
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
