import type { Metadata } from 'next';
import { groupRoutePagesToRender } from '@/lib/lists/group-routes';
import { GroupListPage } from '@/components/GroupListPage';
import { groupListMetadata } from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

/** Every topic's page in the default edition, /topics/<id>/. */
export function generateStaticParams(): { slug: string }[] {
  return groupRoutePagesToRender({ kind: 'topic', prefixed: false, numbered: false }).map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return groupListMetadata('topic', (await params).slug, site.defaultLanguage);
}

export default async function TopicPage({ params }: Props) {
  return <GroupListPage kind="topic" slug={(await params).slug} language={site.defaultLanguage} />;
}
