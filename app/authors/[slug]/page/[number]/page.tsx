import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/ArticleListPage';
import { RedirectNotice } from '@/components/RedirectNotice';
import { getAuthor, getAuthors } from '@/lib/archive';
import { authorList, firstPageRedirectMetadata, groupPageAt, groupPageParams, listMetadata } from '@/lib/list-pages';

type Props = { params: Promise<{ slug: string; number: string }> };

export const dynamicParams = false;

/** An author's older articles from /authors/<slug>/page/2/; page/1/ sends the reader to the author's page. */
export function generateStaticParams(): { slug: string; number: string }[] {
  return groupPageParams(getAuthors());
}

async function find(params: Props['params']) {
  const { slug, number } = await params;
  return groupPageAt(getAuthor(slug), number);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  const list = authorList(found.group);
  return found.page.number === 1 ? firstPageRedirectMetadata(list) : listMetadata(list, found.page.number);
}

export default async function AuthorOlderArticlesPage({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  const { group: author, page } = found;
  const { firstPage, title } = authorList(author);
  if (page.number === 1)
    return (
      <RedirectNotice to={firstPage} heading="Taking you to the author’s page">
        {title}
      </RedirectNotice>
    );
  return <ArticleListPage heading={title} page={page} firstPage={firstPage} />;
}
