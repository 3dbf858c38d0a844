import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/ArticleListPage';
import { RedirectNotice } from '@/components/RedirectNotice';
import { firstPageRedirectMetadata, getHomePages, homeList, listMetadata, pageAt } from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';

type Props = { params: Promise<{ number: string }> };

export const dynamicParams = false;

/** /page/2/ and on: older articles. /page/1/ sends the reader home (and keeps this list never empty for Next). */
export function generateStaticParams(): { number: string }[] {
  return getHomePages().map(({ number }) => ({ number: String(number) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageAt(getHomePages(), (await params).number);
  if (!page) return {};
  return page.number === 1 ? firstPageRedirectMetadata(homeList()) : listMetadata(homeList(), page.number);
}

export default async function OlderArticlesPage({ params }: Props) {
  const page = pageAt(getHomePages(), (await params).number);
  if (!page) notFound();
  if (page.number === 1)
    return (
      <RedirectNotice to="/" heading="Taking you to the latest articles">
        the home page
      </RedirectNotice>
    );
  return <ArticleListPage heading={`Latest from ${site.name}`} page={page} firstPage="/" />;
}
