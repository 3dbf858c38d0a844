import { notFound } from 'next/navigation';
import { findGroupList, type GroupKind } from '@/lib/lists/list-pages';
import { ArticleListPage } from './ArticleListPage';
import { AuthorIntro } from './AuthorIntro';
import { PageFrame } from './PageFrame';
import { RedirectNotice } from './RedirectNotice';

type Props = { kind: GroupKind; slug: string; language: string; segment?: string };

/**
 * An author's or a topic's list in one edition, at its own page (no `segment`) or at
 * `…/page/<segment>/`: the one shape the author and topic routes render. `page/1/` sends the reader
 * on to the list's page.
 */
export function GroupListPage({ kind, slug, language, segment }: Props) {
  const found = findGroupList(kind, slug, language, segment);
  if (!found) notFound();
  const { page, info, moving, isRedirect } = found;
  return (
    <PageFrame language={language}>
      {isRedirect ? (
        <RedirectNotice to={info.firstPage} heading={moving} language={language}>
          {info.title}
        </RedirectNotice>
      ) : (
        <ArticleListPage
          heading={info.title}
          page={page}
          firstPage={info.firstPage}
          language={language}
          intro={kind === 'author' ? <AuthorIntro id={slug} language={language} /> : null}
        />
      )}
    </PageFrame>
  );
}
