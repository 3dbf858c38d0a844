import { messagesFor } from '@/lib/i18n/messages';
import { site } from '@/lib/site-config';
import type { CorrectionsPageView } from '@/lib/site/views';
import { absoluteUrl } from '@/lib/urls';
import { DateLine } from './DateLine';
import { keyed } from './keyed';
import { PageFrame } from './PageFrame';
import { PageNav } from './PageNav';

/**
 * A page of an edition's corrections, newest first: each under its article's headline, which leads to
 * the article's own list of corrections, as "Correction, 25 October 2018: …"; the newsroom's corrections
 * policy, and the way to their feed.
 */
export function CorrectionsPage({ view }: { view: CorrectionsPageView }) {
  const { chrome, title, page, firstPage, feed, policy } = view;
  const { language } = chrome;
  const t = messagesFor(language);
  return (
    <PageFrame chrome={chrome}>
      {/* React puts it in <head>, beside the edition's own feeds. */}
      <link rel="alternate" type="application/rss+xml" title={`${site.name}: ${title}`} href={absoluteUrl(feed)} />
      <h1 className="page-title">
        {page.number > 1 ? keyed(t.parts('list.pageTitle', { title, number: page.number })) : title}
      </h1>
      {policy ? (
        <p className="corrections-policy">
          {keyed(t.parts('corrections.policy', { policy: <a href={policy.href}>{policy.label}</a> }))}
        </p>
      ) : null}
      {page.items.length === 0 ? <p>{t.text('corrections.empty')}</p> : null}
      <ol className="correction-list">
        {page.items.map(({ id, headline, href, date, text }) => (
          <li key={id}>
            <h2>
              <a href={href}>{headline}</a>
            </h2>
            <p>
              <strong>
                {keyed(t.parts('corrections.item', { date: <DateLine date={date} language={language} /> }))}
              </strong>{' '}
              {text}
            </p>
          </li>
        ))}
      </ol>
      <PageNav firstPage={firstPage} number={page.number} count={page.count} language={language} />
      <p className="corrections-feed" data-print="hide">
        <a href={feed}>{t.text('corrections.feed')}</a>
      </p>
    </PageFrame>
  );
}
