import type { Article } from '@/lib/articles';
import { articlePath } from '@/lib/urls';

/**
 * The body of a redirect page (an old slug, or the short link). The meta refresh sends every browser on;
 * with script, the enhancement script goes first and keeps a paragraph anchor such as #p3. The link
 * is there for the reader whose browser does neither.
 */
export function MovedNotice({ article }: { article: Article }) {
  const to = articlePath(article.slug);
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${to}`} />
      <h1 className="page-title">Taking you to the article</h1>
      <p>
        The article is at{' '}
        <a href={to} data-enhance="redirect">
          {article.headline}
        </a>
        .
      </p>
    </>
  );
}
