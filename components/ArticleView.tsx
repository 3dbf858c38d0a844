import type { Article } from '@/lib/articles';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { Attribution } from './Attribution';
import { TopicList } from './TopicList';

/** The whole article as one <article> in its own language. */
export function ArticleView({ article }: { article: Article }) {
  return (
    <article className="article" lang={article.language}>
      <ArticleHeader article={article} />
      <ArticleBody html={article.bodyHtml} />
      <footer className="article-footer">
        <Attribution source={article.source} />
        <TopicList topics={article.topicRefs} />
      </footer>
    </article>
  );
}
