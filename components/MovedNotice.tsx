import type { Article } from '@/lib/articles';
import { messagesFor } from '@/lib/i18n/messages';
import { articlePath } from '@/lib/urls';
import { PageFrame } from './PageFrame';
import { RedirectNotice } from './RedirectNotice';

/** The whole of an article's redirect page (an old slug, or the short link), in the article's language. */
export function MovedNotice({ article }: { article: Article }) {
  return (
    <PageFrame language={article.language}>
      <RedirectNotice
        to={articlePath(article.slug)}
        heading={messagesFor(article.language).text('redirect.toArticle')}
        language={article.language}
      >
        <span lang={article.language}>{article.headline}</span>
      </RedirectNotice>
    </PageFrame>
  );
}
