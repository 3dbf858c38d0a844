import type { Article } from '@/lib/articles';
import { articlePath } from '@/lib/urls';
import { RedirectNotice } from './RedirectNotice';

/** The body of an article's redirect page: an old slug, or the short link. */
export function MovedNotice({ article }: { article: Article }) {
  return (
    <RedirectNotice to={articlePath(article.slug)} heading="Taking you to the article">
      {article.headline}
    </RedirectNotice>
  );
}
