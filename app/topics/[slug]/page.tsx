import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/ArticleCard';
import { getTopic, getTopics } from '@/lib/archive';
import { site } from '@/lib/site-config';
import { topicPath } from '@/lib/urls';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return getTopics().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = getTopic((await params).slug);
  if (!topic) return {};
  return {
    title: topic.name,
    description: `Every article about ${topic.name} in ${site.name}, newest first.`,
    alternates: { canonical: topicPath(topic.slug) },
  };
}

export default async function TopicPage({ params }: Props) {
  const topic = getTopic((await params).slug);
  if (!topic) notFound();
  return (
    <>
      <h1 className="page-title">
        Articles about <span lang={topic.language}>{topic.name}</span>
      </h1>
      <ol className="article-list">
        {topic.articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ol>
    </>
  );
}
