import { messagesFor } from '@/lib/i18n/messages';
import type { MonthPageView } from '@/lib/site/views';
import { ArticleCard } from './ArticleCard';
import { PageFrame } from './PageFrame';

/**
 * One month of an edition's archive: all its articles on one page, newest first (a month's page never
 * changes once the month is over), and the ways to the months either side and to the whole archive: the later
 * month first, as a list's newer page is (and `rel="prev"`, as a list reads from newest back in time).
 */
export function ArchiveMonthPage({
  view: { chrome, title, items, later, earlier, allMonths },
}: {
  view: MonthPageView;
}) {
  const t = messagesFor(chrome.language);
  return (
    <PageFrame chrome={chrome}>
      <h1 className="page-title">{title}</h1>
      <ol className="article-list">
        {items.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ol>
      <nav className="page-nav" aria-label={t.text('archive.monthsLabel')} data-print="hide">
        {later ? (
          <a href={later.href} rel="prev">
            <span aria-hidden="true">← </span>
            {t.text('archive.later', { month: later.name })}
          </a>
        ) : null}
        <p>
          <a href={allMonths}>{t.text('archive.allMonths')}</a>
        </p>
        {earlier ? (
          <a href={earlier.href} rel="next">
            {t.text('archive.earlier', { month: earlier.name })}
            <span aria-hidden="true"> →</span>
          </a>
        ) : null}
      </nav>
    </PageFrame>
  );
}
