// The corrections page's list: every correction to every article of an edition, newest first.
import type { Article } from '../content/article';
import { articlePath } from '../urls';

/** One correction as the corrections page and its feed show it: the article's headline and link, the day and the words. */
export type CorrectionItem = Readonly<{
  /** Permanent: the article's id and the correction's day, `-2` for the second made that day. */
  id: string;
  articleId: string;
  headline: string;
  /** The article's corrections, on its permalink page. */
  href: string;
  /** YYYY-MM-DD, as written in front matter. */
  date: string;
  text: string;
}>;

/**
 * Every correction of the articles in `language` (`articles` newest first, as the site orders them),
 * newest first: by the correction's day, then by its article's place, then the later of one day's two.
 */
export function correctionsIn(articles: readonly Article[], language: string): CorrectionItem[] {
  const items: (CorrectionItem & { order: number; index: number })[] = [];
  articles.forEach((article, order) => {
    if (article.language !== language) return;
    const seen = new Map<string, number>();
    article.corrections.forEach(({ date, text }, index) => {
      const count = (seen.get(date) ?? 0) + 1;
      seen.set(date, count);
      items.push({
        id: `${article.id}#correction-${date}${count > 1 ? `-${count}` : ''}`,
        articleId: article.id,
        headline: article.headline,
        href: `${articlePath(article.slug)}#corrections`,
        date,
        text,
        order,
        index,
      });
    });
  });
  return items
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.order - b.order || b.index - a.index))
    .map(({ id, articleId, headline, href, date, text }) => ({ id, articleId, headline, href, date, text }));
}
