import type { Metadata } from 'next';
import type { Article } from '../content/article';
import { articleUrl } from '../urls';
import { articleMetadata } from './article-metadata';

/**
 * A redirect page (the short link /a/<id>/, an old slug) is never indexed and names the article's
 * permalink as canonical, but previews as the article does: chat apps and preview crawlers read these
 * pages and do not follow their meta refresh. `creators` are the authors' fediverse handles, as on the article.
 */
export function redirectMetadata(article: Article, creators: readonly string[] = []): Metadata {
  return {
    ...articleMetadata(article, [], creators),
    robots: { index: false, follow: true, 'max-image-preview': 'large' },
    alternates: { canonical: articleUrl(article.slug) },
  };
}
