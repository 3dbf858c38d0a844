import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MovedNotice } from '@/components/MovedNotice';
import { getArticleById, getArticlesToRender } from '@/lib/articles';
import { redirectMetadata } from '@/lib/metadata/redirect-metadata';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

/** The short share link /a/<id>/: survives any change of headline or slug. Reused pages as in news/[slug]. */
export function generateStaticParams(): { id: string }[] {
  return getArticlesToRender().map(({ id }) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticleById((await params).id);
  return article ? redirectMetadata(article) : {};
}

export default async function ShortLinkPage({ params }: Props) {
  const article = getArticleById((await params).id);
  if (!article) notFound();
  return <MovedNotice article={article} />;
}
