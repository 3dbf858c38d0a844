import { messagesFor } from '@/lib/i18n/messages';
import type { FrontPageView } from '@/lib/site/views';
import { ArticleCard } from './ArticleCard';
import { PageFrame } from './PageFrame';
import { PageNav } from './PageNav';
import { SectionBlock } from './SectionBlock';

/** An edition's front page: the lead story, secondary stories, the latest list and the featured sections. */
export function FrontPage({ view }: { view: FrontPageView }) {
  const { chrome, heading, blocks, firstPage, number, count } = view;
  const { language } = chrome;
  const t = messagesFor(language);
  const { lead, secondary, latest, sections } = blocks;
  return (
    <PageFrame chrome={chrome}>
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
      <PageNav firstPage={firstPage} number={number} count={count} language={language} />
      {sections.map((section) => (
        <SectionBlock key={section.id} section={section} language={language} />
      ))}
    </PageFrame>
  );
}
