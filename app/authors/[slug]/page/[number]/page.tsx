import type { Metadata } from 'next';
import { groupRoutePagesToRender, pageNumberOf } from '@/lib/lists/group-routes';
import { GroupListPage } from '@/components/GroupListPage';
import { groupListMetadata } from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';

type Props = { params: Promise<{ slug: string; number: string }> };

export const dynamicParams = false;

/** A author's older articles from /authors/<id>/page/2/; page/1/ sends the reader to the author's page. */
export function generateStaticParams(): { slug: string; number: string }[] {
  return groupRoutePagesToRender({ kind: 'author', prefixed: false, numbered: true }).map((page) => ({
    slug: page.slug,
    number: pageNumberOf(page),
  }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, number } = await params;
  return groupListMetadata('author', slug, site.defaultLanguage, number);
}

export default async function AuthorOlderArticlesPage({ params }: Props) {
  const { slug, number } = await params;
  return <GroupListPage kind="author" slug={slug} language={site.defaultLanguage} segment={number} />;
}
