import { notFound } from 'next/navigation';
import { findGroupList, type GroupKind } from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';
import { listPagePath } from '@/lib/urls';
import { ArticleListPage } from './ArticleListPage';
import { DefaultEditionRedirect } from './DefaultEditionRedirect';
import { AuthorIntro } from './AuthorIntro';
import { PageFrame } from './PageFrame';
import { RedirectNotice } from './RedirectNotice';

type Props = {
  kind: GroupKind;
  slug: string;
  language: string;
  segment?: string;
  /** Rendered by a `[lang]` route, whose default-language pages live at the root. */
  prefixed?: boolean;
};

/**
 * An author's or a topic's list in one edition, at its own page (no `segment`) or at
 * `…/page/<segment>/`: the one shape the author and topic routes render. `page/1/` sends the reader
 * on to the list's page.
 */
export function GroupListPage({ kind, slug, language, segment, prefixed = false }: Props) {
  const found = findGroupList(kind, slug, language, segment);
  if (!found) notFound();
  const { page, info, moving, isRedirect } = found;
  // Under the default language's prefix (/en/authors/x/) the page only sends the reader to the root's.
  if (prefixed && language === site.defaultLanguage)
    return <DefaultEditionRedirect to={listPagePath(info.firstPage, page.number)} title={info.title} />;
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
