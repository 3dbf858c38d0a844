import type { Metadata } from 'next';
import { FrontPage } from '@/components/FrontPage';
import { frontPageMetadata } from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';

export function generateMetadata(): Metadata {
  return frontPageMetadata(site.defaultLanguage);
}

/** The default edition's front page. */
export default function HomePage() {
  return <FrontPage language={site.defaultLanguage} />;
}
