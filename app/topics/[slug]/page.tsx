import type { Metadata } from 'next';
import { GroupListPage } from '@/components/GroupListPage';
import { groupFirstPageParams, groupListMetadata } from '@/lib/lists/list-pages';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

/** Every topic's own page, /topics/<slug>/. */
export function generateStaticParams(): { slug: string }[] {
  return groupFirstPageParams('topic');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return groupListMetadata('topic', (await params).slug);
}

export default async function TopicPage({ params }: Props) {
  return <GroupListPage kind="topic" slug={(await params).slug} />;
}
