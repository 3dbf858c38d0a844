import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/ArticleListPage';
import { TopicHeading } from '@/components/TopicHeading';
import { getTopic, getTopics } from '@/lib/archive';
import { getGroupPages, listMetadata, topicList } from '@/lib/list-pages';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return getTopics().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = getTopic((await params).slug);
  return topic ? listMetadata(topicList(topic), 1) : {};
}

export default async function TopicPage({ params }: Props) {
  const topic = getTopic((await params).slug);
  const first = topic && getGroupPages(topic)[0];
  if (!topic || !first) notFound();
  return (
    <ArticleListPage heading={<TopicHeading topic={topic} />} page={first} firstPage={topicList(topic).firstPage} />
  );
}
