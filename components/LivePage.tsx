import { messagesFor } from '@/lib/i18n/messages';
import { liveBlogJsonLd } from '@/lib/metadata/live';
import type { LivePageView } from '@/lib/site/views';
import { absoluteUrl, articlePath, shortPath } from '@/lib/urls';
import { Attribution } from './Attribution';
import { Byline } from './Byline';
import { Corrections } from './Corrections';
import { LanguageSwitch } from './LanguageSwitch';
import { LeadFigure } from './LeadFigure';
import { LiveLinks } from './LiveLinks';
import { LiveUpdate } from './LiveUpdate';
import { PageFrame } from './PageFrame';
import { PageNav } from './PageNav';
import { PrintPermalink } from './PrintPermalink';
import { ShareLinks } from './ShareLinks';
import { StructuredData } from './StructuredData';
import { TopicList } from './TopicList';

/**
 * A page of a live story: the headline and standfirst with "Live" (or when the coverage ended), on the
 * first page the pinned post and the key events, then the page's updates, newest first, and on the
 * first page the index of every earlier update. `data-live` brings in the live script (client/live.ts):
 * while the coverage runs it checks `data-live` (the updates file) for new updates.
 */
export function LivePage({ view }: { view: LivePageView }) {
  const { article, chrome, status, page } = view;
  const { language } = article;
  const t = messagesFor(language);
  const first = page.number === 1;
  const shortUrl = absoluteUrl(shortPath(article.id));
  const share = t.text('live.share');
  return (
    <PageFrame chrome={chrome}>
      <StructuredData data={liveBlogJsonLd(view)} />
      <link
        rel="alternate"
        type="application/rss+xml"
        title={t.text('live.feedTitle', { headline: article.headline })}
        href={absoluteUrl(view.feed)}
      />
      {first ? <link rel="shortlink" href={shortUrl} /> : null}
      <article
        className={first ? 'article live' : 'article live live-later'}
        lang={language}
        data-live={view.updatesFile ?? ''}
        data-live-url={view.permalink}
        data-live-copied={t.text('live.copied')}
      >
        <header className="article-header">
          <LanguageSwitch
            label={t.text('translations.label')}
            links={view.versions.map(({ language: other, slug }) => ({ language: other, href: articlePath(slug) }))}
            current={language}
          />
          <h1>{article.headline}</h1>
          <p className="standfirst">{article.standfirst}</p>
          <div className="meta">
            <Byline authors={article.authors} language={language} />
            <p className="live-status">
              {status.running ? <strong className="live-badge">{t.text('live.label')}</strong> : status.ended}
              <span aria-hidden="true"> · </span>
              {view.zone}
            </p>
          </div>
        </header>
        {first && article.image ? <LeadFigure image={article.image} /> : null}
        {view.pinned ? <LiveUpdate update={view.pinned} share={share} label={t.text('live.pinned')} /> : null}
        <LiveLinks links={view.keyEvents} title={t.text('live.keyEvents')} id="key-events" />
        <section className="live-updates" aria-labelledby="live-updates-title">
          <h2 id="live-updates-title" className="visually-hidden">
            {t.text('live.updates')}
          </h2>
          {view.updatesFile ? (
            <div className="live-new" role="status" data-print="hide">
              <button type="button" hidden data-live-new={JSON.stringify(t.forms('live.newUpdates'))} />
            </div>
          ) : null}
          {view.updates.length === 0 && !view.pinned ? <p>{t.text('live.none')}</p> : null}
          <div className="live-stream">
            {view.updates.map((update) => (
              <LiveUpdate key={update.id} update={update} share={share} />
            ))}
          </div>
        </section>
        <PageNav
          firstPage={articlePath(article.slug)}
          number={page.number}
          count={page.count}
          language={language}
          words={{ label: 'live.pageLabel', newer: 'live.newer', older: 'live.older' }}
        />
        <LiveLinks
          links={view.earlier}
          title={t.text('live.earlier')}
          note={t.text('live.earlierNote')}
          id="earlier-updates"
          anchored
        />
        <Corrections corrections={article.corrections} language={language} />
        <footer className="article-footer">
          <Attribution source={article.source} language={language} />
          <ShareLinks url={view.permalink} shortUrl={shortUrl} headline={article.headline} language={language} />
          <TopicList topics={article.topicRefs} language={language} />
          <PrintPermalink url={view.permalink} language={language} />
        </footer>
      </article>
    </PageFrame>
  );
}
