import type { Metadata } from 'next';
import { PageFrame } from '@/components/PageFrame';
import { SearchPage } from '@/components/SearchPage';
import { searchMetadata } from '@/lib/metadata/search-metadata';
import { site } from '@/lib/site-config';
import './search.css';

export function generateMetadata(): Metadata {
  return searchMetadata(site.defaultLanguage);
}

/** /search/: the default edition's search page, searching that language's index. */
export default function Search() {
  return (
    <PageFrame language={site.defaultLanguage}>
      <SearchPage language={site.defaultLanguage} />
    </PageFrame>
  );
}
