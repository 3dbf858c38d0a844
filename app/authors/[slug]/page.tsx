import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/ArticleListPage';
import { getAuthor, getAuthors } from '@/lib/archive';
import { authorList, getGroupPages, listMetadata } from '@/lib/list-pages';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return getAuthors().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = getAuthor((await params).slug);
  return author ? listMetadata(authorList(author), 1) : {};
}

export default async function AuthorPage({ params }: Props) {
  const author = getAuthor((await params).slug);
  const first = author && getGroupPages(author)[0];
  if (!author || !first) notFound();
  const { title, firstPage } = authorList(author);
  return <ArticleListPage heading={title} page={first} firstPage={firstPage} />;
}
