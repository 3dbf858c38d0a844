import type { Article, ArticleSummary, Version } from '@/lib/articles';
import { site } from '@/lib/site-config';
import { absoluteUrl, articleUrl, shortPath } from '@/lib/urls';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { Attribution } from './Attribution';
import { CiteThis } from './CiteThis';
import { Corrections } from './Corrections';
import { LeadFigure } from './LeadFigure';
import { PrintPermalink } from './PrintPermalink';
import { RelatedStories } from './RelatedStories';
import { ShareLinks } from './ShareLinks';
import { TopicList } from './TopicList';

/** The whole article as one <article> in its own language, set for screen and for paper. */
export function ArticleView({
  article,
  versions,
  related,
  ageWarning,
}: {
  article: Article;
  versions: readonly Version[];
  /** The related stories, as the end of the article lists them. */
  related: readonly ArticleSummary[];
  /** "This article is more than 8 years old", for an article past the site's age (README, Dated warnings). */
  ageWarning?: string | undefined;
}) {
  const permalink = articleUrl(article.slug);
  const shortUrl = absoluteUrl(shortPath(article.id));
  const { language } = article;
  return (
    <article className="article" lang={language}>
      {/* React puts it in <head>: the short link, for tools that ask a page for one. */}
      <link rel="shortlink" href={shortUrl} />
      <ArticleHeader article={article} versions={versions} ageWarning={ageWarning} />
      {article.image ? <LeadFigure image={article.image} /> : null}
      <ArticleBody html={article.bodyHtml} />
      <Corrections corrections={article.corrections} language={language} />
      <footer className="article-footer">
        <Attribution source={article.source} language={language} />
        <CiteThis
          citation={{
            ...article,
            authors: article.authors.map(({ name }) => name),
            permalink,
            siteName: site.name,
          }}
        />
        <ShareLinks url={permalink} shortUrl={shortUrl} headline={article.headline} language={language} />
        <TopicList topics={article.topicRefs} language={language} />
        <PrintPermalink url={permalink} language={language} />
      </footer>
      <RelatedStories related={related} language={language} />
    </article>
  );
}
