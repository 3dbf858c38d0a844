import type { Metadata } from 'next';
import { GroupIndexPage } from '@/components/GroupIndexPage';
import { groupIndexMetadata } from '@/lib/lists/browse-pages';
import { site } from '@/lib/site-config';

/** The default edition's index of every topic, /topics/. */
export function generateMetadata(): Metadata {
  return groupIndexMetadata('topic', site.defaultLanguage);
}

export default function TopicsIndexPage() {
  return <GroupIndexPage kind="topic" language={site.defaultLanguage} />;
}
