import type { Metadata } from 'next';
import { groupRoutePagesToRender } from '@/lib/lists/group-routes';
import { GroupListPage } from '@/components/GroupListPage';
import { groupListMetadata } from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

/** Every author's page in the default edition, /authors/<id>/. */
export function generateStaticParams(): { slug: string }[] {
  return groupRoutePagesToRender({ kind: 'author', prefixed: false, numbered: false }).map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return groupListMetadata('author', (await params).slug, site.defaultLanguage);
}

export default async function AuthorPage({ params }: Props) {
  return <GroupListPage kind="author" slug={(await params).slug} language={site.defaultLanguage} />;
}
