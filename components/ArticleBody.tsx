import type { SafeHtml } from '@/lib/articles';

/** The article text. The only place HTML is injected, and it accepts only sanitized HTML. */
export function ArticleBody({ html }: { html: SafeHtml }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
