import type { Metadata } from 'next';
import { GroupIndexPage } from '@/components/GroupIndexPage';
import { groupIndexMetadata } from '@/lib/lists/browse-pages';
import { site } from '@/lib/site-config';

/** The default edition's index of every author, /authors/. */
export function generateMetadata(): Metadata {
  return groupIndexMetadata('author', site.defaultLanguage);
}

export default function AuthorsIndexPage() {
  return <GroupIndexPage kind="author" language={site.defaultLanguage} />;
}
