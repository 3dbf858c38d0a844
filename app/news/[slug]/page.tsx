import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/ArticleView';
import { MovedNotice } from '@/components/MovedNotice';
import { PageFrame } from '@/components/PageFrame';
import { StructuredData } from '@/components/StructuredData';
import { getArticle, getArticleByAlias, getArticlesToRender, getVersions } from '@/lib/articles';
import { articleMetadata } from '@/lib/metadata/article-metadata';
import { redirectMetadata } from '@/lib/metadata/redirect-metadata';
import { newsArticleJsonLd } from '@/lib/metadata/structured-data';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

/**
 * Every permalink, and every earlier slug (alias) as a redirect page to it: of the articles this build
 * renders, the others' pages come unchanged from the last build (lib/build/page-reuse.ts).
 */
export function generateStaticParams(): { slug: string }[] {
  return getArticlesToRender().flatMap(({ slug, aliases }) => [slug, ...aliases].map((segment) => ({ slug: segment })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) {
    const moved = getArticleByAlias(slug);
    return moved ? redirectMetadata(moved) : {};
  }
  return articleMetadata(article, getVersions(article));
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (article)
    return (
      <PageFrame language={article.language}>
        <StructuredData data={newsArticleJsonLd(article)} />
        <ArticleView article={article} versions={getVersions(article)} />
      </PageFrame>
    );
  const moved = getArticleByAlias(slug);
  if (moved) return <MovedNotice article={moved} />;
  notFound();
}
