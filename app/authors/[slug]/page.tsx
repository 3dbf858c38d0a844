import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/ArticleCard';
import { getAuthor, getAuthors } from '@/lib/archive';
import { site } from '@/lib/site-config';
import { authorPath } from '@/lib/urls';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return getAuthors().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = getAuthor((await params).slug);
  if (!author) return {};
  return {
    title: `Articles by ${author.name}`,
    description: `Every article by ${author.name} in ${site.name}, newest first.`,
    alternates: { canonical: authorPath(author.slug) },
  };
}

export default async function AuthorPage({ params }: Props) {
  const author = getAuthor((await params).slug);
  if (!author) notFound();
  return (
    <>
      <h1 className="page-title">Articles by {author.name}</h1>
      <ol className="article-list">
        {author.articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ol>
    </>
  );
}
