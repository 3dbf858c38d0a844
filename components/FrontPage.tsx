import { notFound } from 'next/navigation';
import { messagesFor } from '@/lib/i18n/messages';
import { getHomePages, homeList, pageAt } from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';
import { ArticleListPage } from './ArticleListPage';
import { PageFrame } from './PageFrame';
import { RedirectNotice } from './RedirectNotice';

type Props = { language: string; segment?: string };

/**
 * An edition's front page (no `segment`) or its older articles at `…/page/<segment>/`, every article in
 * the edition's language; `page/1/` sends the reader to the front page.
 */
export function FrontPage({ language, segment }: Props) {
  const t = messagesFor(language);
  const page = pageAt(getHomePages(language), segment ?? '1');
  if (!page) notFound();
  const { firstPage } = homeList(language);
  return (
    <PageFrame language={language}>
      {segment !== undefined && page.number === 1 ? (
        <RedirectNotice to={firstPage} heading={t.text('redirect.toHome')} language={language}>
          {t.text('redirect.homePage')}
        </RedirectNotice>
      ) : (
        <ArticleListPage
          heading={t.text('list.homeHeading', { site: site.name })}
          page={page}
          firstPage={firstPage}
          language={language}
        />
      )}
    </PageFrame>
  );
}
