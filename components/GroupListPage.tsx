import { notFound } from 'next/navigation';
import { findGroupList, type GroupKind } from '@/lib/lists/list-pages';
import { ArticleListPage } from './ArticleListPage';
import { RedirectNotice } from './RedirectNotice';
import { TopicHeading } from './TopicHeading';

type Props = { kind: GroupKind; slug: string; segment?: string };

/**
 * An author's or a topic's list, at its own page (no `segment`) or at `…/page/<segment>/`: the one
 * shape the four author and topic routes render. `page/1/` sends the reader on to the list's page.
 */
export function GroupListPage({ kind, slug, segment }: Props) {
  const found = findGroupList(kind, slug, segment);
  if (!found) notFound();
  const { group, page, info, moving, isRedirect } = found;
  const heading = kind === 'topic' ? <TopicHeading topic={group} /> : info.title;
  if (isRedirect) {
    return (
      <RedirectNotice to={info.firstPage} heading={moving}>
        {heading}
      </RedirectNotice>
    );
  }
  return <ArticleListPage heading={heading} page={page} firstPage={info.firstPage} />;
}
