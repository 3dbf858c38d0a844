import type { Article } from '@/lib/articles';
import { site } from '@/lib/site-config';
import { articleUrl } from '@/lib/urls';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { Attribution } from './Attribution';
import { CiteThis } from './CiteThis';
import { Corrections } from './Corrections';
import { LeadFigure } from './LeadFigure';
import { PrintPermalink } from './PrintPermalink';
import { ShareLinks } from './ShareLinks';
import { TopicList } from './TopicList';

/** The whole article as one <article> in its own language, set for screen and for paper. */
export function ArticleView({ article }: { article: Article }) {
  const permalink = articleUrl(article.slug);
  return (
    <article className="article" lang={article.language}>
      <ArticleHeader article={article} />
      {article.image ? <LeadFigure image={article.image} /> : null}
      <ArticleBody html={article.bodyHtml} />
      <Corrections corrections={article.corrections} />
      <footer className="article-footer">
        <Attribution source={article.source} />
        <CiteThis citation={{ ...article, permalink, siteName: site.name }} />
        <ShareLinks url={permalink} headline={article.headline} />
        <TopicList topics={article.topicRefs} />
        <PrintPermalink url={permalink} />
      </footer>
    </article>
  );
}
