import type { Article } from '@/lib/articles';
import { articleUrl } from '@/lib/urls';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { Attribution } from './Attribution';
import { Corrections } from './Corrections';
import { ShareLinks } from './ShareLinks';
import { TopicList } from './TopicList';

/** The whole article as one <article> in its own language. */
export function ArticleView({ article }: { article: Article }) {
  return (
    <article className="article" lang={article.language}>
      <ArticleHeader article={article} />
      <ArticleBody html={article.bodyHtml} />
      <Corrections corrections={article.corrections} />
      <footer className="article-footer">
        <Attribution source={article.source} />
        <ShareLinks url={articleUrl(article.slug)} headline={article.headline} />
        <TopicList topics={article.topicRefs} />
      </footer>
    </article>
  );
}
