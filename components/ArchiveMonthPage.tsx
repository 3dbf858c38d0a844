import { notFound } from 'next/navigation';
import { messagesFor } from '@/lib/i18n/messages';
import { findArchiveMonth, monthName } from '@/lib/lists/browse-pages';
import { getArchiveMonths, neighbours } from '@/lib/lists/date-archive';
import { archiveMonthPath, archivePath } from '@/lib/urls';
import { ArticleCard } from './ArticleCard';
import { PageFrame } from './PageFrame';

type Props = { year: string; month: string; language: string };

/**
 * One month of an edition's archive: all its articles on one page, newest first (a month's page never
 * changes once the month is over), and the ways to the months either side and to the whole archive: the later
 * month first, as a list's newer page is (and `rel="prev"`, as a list reads from newest back in time).
 */
export function ArchiveMonthPage({ year, month, language }: Props) {
  const found = findArchiveMonth(year, month, language);
  if (!found) notFound();
  const t = messagesFor(language);
  const { earlier, later } = neighbours(getArchiveMonths(language), found);
  return (
    <PageFrame language={language}>
      <h1 className="page-title">{t.text('archive.monthTitle', { month: monthName(found) })}</h1>
      <ol className="article-list">
        {found.articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ol>
      <nav className="page-nav" aria-label={t.text('archive.monthsLabel')} data-print="hide">
        {later ? (
          <a href={archiveMonthPath(later.year, later.month, language)} rel="prev">
            <span aria-hidden="true">← </span>
            {t.text('archive.later', { month: monthName(later) })}
          </a>
        ) : null}
        <p>
          <a href={archivePath(language)}>{t.text('archive.allMonths')}</a>
        </p>
        {earlier ? (
          <a href={archiveMonthPath(earlier.year, earlier.month, language)} rel="next">
            {t.text('archive.earlier', { month: monthName(earlier) })}
            <span aria-hidden="true"> →</span>
          </a>
        ) : null}
      </nav>
    </PageFrame>
  );
}
