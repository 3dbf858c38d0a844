import { newsArticleJsonLd } from '@/lib/metadata/structured-data';
import type { ArticlePageView } from '@/lib/site/views';
import { ArticleView } from './ArticleView';
import { PageFrame } from './PageFrame';
import { StructuredData } from './StructuredData';

/** An article's permalink page: its structured data and the article, in its edition's frame. */
export function ArticlePage({
  view: { chrome, article, versions, related, ageWarning, publisher },
}: {
  view: ArticlePageView;
}) {
  return (
    <PageFrame chrome={chrome}>
      <StructuredData data={newsArticleJsonLd(article, publisher)} />
      <ArticleView article={article} versions={versions} related={related} ageWarning={ageWarning} />
    </PageFrame>
  );
}
