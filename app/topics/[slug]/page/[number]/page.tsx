import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/ArticleListPage';
import { RedirectNotice } from '@/components/RedirectNotice';
import { TopicHeading } from '@/components/TopicHeading';
import { getTopic, getTopics } from '@/lib/archive';
import { firstPageRedirectMetadata, groupPageAt, groupPageParams, listMetadata, topicList } from '@/lib/list-pages';

type Props = { params: Promise<{ slug: string; number: string }> };

export const dynamicParams = false;

/** A topic's older articles from /topics/<slug>/page/2/; page/1/ sends the reader to the topic's page. */
export function generateStaticParams(): { slug: string; number: string }[] {
  return groupPageParams(getTopics());
}

async function find(params: Props['params']) {
  const { slug, number } = await params;
  return groupPageAt(getTopic(slug), number);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  const list = topicList(found.group);
  return found.page.number === 1 ? firstPageRedirectMetadata(list) : listMetadata(list, found.page.number);
}

export default async function TopicOlderArticlesPage({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  const { group: topic, page } = found;
  const { firstPage } = topicList(topic);
  if (page.number === 1)
    return (
      <RedirectNotice to={firstPage} heading="Taking you to the topic’s page">
        <TopicHeading topic={topic} />
      </RedirectNotice>
    );
  return <ArticleListPage heading={<TopicHeading topic={topic} />} page={page} firstPage={firstPage} />;
}
