import type { Metadata } from 'next';
import type { Article } from '../content/article';
import { articleUrl } from '../urls';

/** A redirect page is never indexed and names the article's permalink as canonical. */
export function redirectMetadata(article: Article): Metadata {
  return {
    title: article.headline,
    description: article.excerpt,
    robots: { index: false, follow: true },
    alternates: { canonical: articleUrl(article.slug) },
  };
}
