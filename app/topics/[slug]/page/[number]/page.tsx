import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/ArticleListPage';
import { RedirectNotice } from '@/components/RedirectNotice';
import { TopicHeading } from '@/components/TopicHeading';
import { getTopic, getTopics } from '@/lib/archive';
import { firstPageRedirectMetadata, getGroupPages, listMetadata, pageAt, topicList } from '@/lib/list-pages';

type Props = { params: Promise<{ slug: string; number: string }> };

export const dynamicParams = false;

/** A topic's older articles from /topics/<slug>/page/2/; page/1/ sends the reader to the topic's page. */
export function generateStaticParams(): { slug: string; number: string }[] {
  return getTopics().flatMap((topic) =>
    getGroupPages(topic).map(({ number }) => ({ slug: topic.slug, number: String(number) })),
  );
}

async function find(params: Props['params']) {
  const { slug, number } = await params;
  const topic = getTopic(slug);
  const page = topic && pageAt(getGroupPages(topic), number);
  return topic && page ? { topic, page } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  const list = topicList(found.topic);
  return found.page.number === 1 ? firstPageRedirectMetadata(list) : listMetadata(list, found.page.number);
}

export default async function TopicOlderArticlesPage({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  const { topic, page } = found;
  const { firstPage } = topicList(topic);
  if (page.number === 1)
    return (
      <RedirectNotice to={firstPage} heading="Taking you to the topic’s page">
        <TopicHeading topic={topic} />
      </RedirectNotice>
    );
  return <ArticleListPage heading={<TopicHeading topic={topic} />} page={page} firstPage={firstPage} />;
}
