import type { Metadata } from 'next';
import { ArchiveIndexPage } from '@/components/ArchiveIndexPage';
import { archiveMetadata } from '@/lib/lists/browse-pages';
import { site } from '@/lib/site-config';

/** The default edition's date archive, /archive/: its years and months. */
export function generateMetadata(): Metadata {
  return archiveMetadata(site.defaultLanguage);
}

export default function ArchivePage() {
  return <ArchiveIndexPage language={site.defaultLanguage} />;
}
