import { notFound } from 'next/navigation';
import { assertUnreachable } from '@/lib/assert-unreachable';
import type { PageRow } from '@/lib/site/views';
import { AboutPage } from './AboutPage';
import { ArchiveIndexPage } from './ArchiveIndexPage';
import { ArchiveMonthPage } from './ArchiveMonthPage';
import { ArticleListPage } from './ArticleListPage';
import { ArticlePage } from './ArticlePage';
import { CorrectionsPage } from './CorrectionsPage';
import { FrontPage } from './FrontPage';
import { GroupIndexPage } from './GroupIndexPage';
import { LivePage } from './LivePage';
import { NotFoundPage } from './NotFoundPage';
import { PageFrame } from './PageFrame';
import { RedirectPage } from './RedirectPage';
import { SearchPage } from './SearchPage';

/** One row of the page table drawn by its kind's component; an address the table lacks is not found. */
export function SitePage({ row }: { row: PageRow | undefined }) {
  if (!row) notFound();
  const { view } = row;
  switch (view.kind) {
    case 'article':
      return <ArticlePage view={view} />;
    case 'live':
      return <LivePage view={view} />;
    case 'redirect':
      return <RedirectPage view={view} />;
    case 'front':
      return <FrontPage view={view} />;
    case 'list':
      return <ArticleListPage view={view} />;
    case 'corrections':
      return <CorrectionsPage view={view} />;
    case 'index':
      return <GroupIndexPage view={view} />;
    case 'archive':
      return <ArchiveIndexPage view={view} />;
    case 'month':
      return <ArchiveMonthPage view={view} />;
    case 'search':
      return (
        <PageFrame chrome={view.chrome}>
          <SearchPage language={view.chrome.language} />
        </PageFrame>
      );
    case 'about':
      return <AboutPage view={view} />;
    case 'not-found':
      return <NotFoundPage view={view} />;
    default:
      return assertUnreachable(view);
  }
}
