import type { Metadata } from 'next';
import { GroupListPage } from '@/components/GroupListPage';
import { groupFirstPageParams, groupListMetadata } from '@/lib/lists/list-pages';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

/** Every author's own page, /authors/<slug>/. */
export function generateStaticParams(): { slug: string }[] {
  return groupFirstPageParams('author');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return groupListMetadata('author', (await params).slug);
}

export default async function AuthorPage({ params }: Props) {
  return <GroupListPage kind="author" slug={(await params).slug} />;
}
