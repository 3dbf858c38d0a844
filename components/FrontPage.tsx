import { notFound } from 'next/navigation';
import { messagesFor } from '@/lib/i18n/messages';
import { arrangeFrontPage, featuredSections } from '@/lib/lists/front-page';
import { getHomePages, homeList, pageAt } from '@/lib/lists/list-pages';
import { site } from '@/lib/site-config';
import { ArticleCard } from './ArticleCard';
import { ArticleListPage } from './ArticleListPage';
import { PageFrame } from './PageFrame';
import { PageNav } from './PageNav';
import { RedirectNotice } from './RedirectNotice';
import { SectionBlock } from './SectionBlock';

type Props = { language: string; segment?: string };

/**
 * An edition's front page (no `segment`): the lead story, secondary stories, the latest list and the
 * featured sections; or its older articles at `…/page/<segment>/`, every article in the edition's
 * language; `page/1/` sends the reader to the front page.
 */
export function FrontPage({ language, segment }: Props) {
  const t = messagesFor(language);
  const pages = getHomePages(language);
  const page = pageAt(pages, segment ?? '1');
  if (!page) notFound();
  const { firstPage } = homeList(language);
  const heading = t.text('list.homeHeading', { site: site.name });
  if (segment !== undefined && page.number === 1)
    return (
      <PageFrame language={language}>
        <RedirectNotice to={firstPage} heading={t.text('redirect.toHome')} language={language}>
          {t.text('redirect.homePage')}
        </RedirectNotice>
      </PageFrame>
    );
  if (page.number > 1)
    return (
      <PageFrame language={language}>
        <ArticleListPage heading={heading} page={page} firstPage={firstPage} language={language} />
      </PageFrame>
    );
  const { lead, secondary, latest, sections } = arrangeFrontPage(page.items, featuredSections(language));
  return (
    <PageFrame language={language}>
      <h1 className="page-title">{heading}</h1>
      {lead ? null : <p>{t.text('list.empty')}</p>}
      {lead ? (
        <section className="front-top" aria-label={t.text('front.top')}>
          <ArticleCard article={lead} lead />
          {secondary.length > 0 ? (
            <ol className="article-list secondary-stories">
              {secondary.map((article) => (
                <li key={article.slug}>
                  <ArticleCard article={article} />
                </li>
              ))}
            </ol>
          ) : null}
        </section>
      ) : null}
      {latest.length > 0 ? (
        <section className="front-latest" aria-labelledby="front-latest-title">
          <h2 id="front-latest-title" className="front-heading">
            {t.text('front.latest')}
          </h2>
          <ol className="article-list">
            {latest.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <PageNav firstPage={firstPage} number={page.number} count={page.count} language={language} />
      {sections.map((section) => (
        <SectionBlock key={section.id} section={section} language={language} />
      ))}
    </PageFrame>
  );
}
