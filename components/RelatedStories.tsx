import type { ArticleSummary } from '@/lib/articles';
import { messagesFor } from '@/lib/i18n/messages';
import { articlePath } from '@/lib/urls';
import { DateLine } from './DateLine';
import { Picture } from './Picture';

/**
 * The end of an article: up to five other articles in its language that share the most topics with it,
 * each a headline linking to it, its date and a thumbnail when it has a lead photo (alt empty: the
 * headline says what it is). Nothing when no article shares a topic. Screen only, and not indexed with
 * the article by search.
 */
export function RelatedStories({ related, language }: { related: readonly ArticleSummary[]; language: string }) {
  if (related.length === 0) return null;
  const t = messagesFor(language);
  return (
    <section className="related" aria-labelledby="related-title" data-print="hide" data-pagefind-ignore="all">
      <h2 id="related-title">{t.text('related.title')}</h2>
      <ul>
        {related.map((other) => (
          <li key={other.slug} className={other.image?.rendition ? 'related-with-photo' : undefined}>
            {other.image?.rendition ? (
              <Picture rendition={other.image.rendition} alt="" loading="lazy" use="thumb" />
            ) : null}
            <a href={articlePath(other.slug)}>{other.headline}</a>{' '}
            <DateLine date={other.published} language={other.language} />
          </li>
        ))}
      </ul>
    </section>
  );
}
