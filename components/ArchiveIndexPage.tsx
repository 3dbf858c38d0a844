import { messagesFor } from '@/lib/i18n/messages';
import { monthName } from '@/lib/lists/browse-pages';
import { getArchiveMonths, toYears } from '@/lib/lists/date-archive';
import { archiveMonthPath } from '@/lib/urls';
import { PageFrame } from './PageFrame';

/** An edition's date archive: each year, newest first, with its months that have articles and how many. */
export function ArchiveIndexPage({ language }: { language: string }) {
  const t = messagesFor(language);
  return (
    <PageFrame language={language}>
      <h1 className="page-title">{t.text('archive.title')}</h1>
      {toYears(getArchiveMonths(language)).map(({ year, months }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <ul className="browse-list">
            {months.map((month) => (
              <li key={month.month}>
                <a href={archiveMonthPath(month.year, month.month, language)}>{monthName(month)}</a>{' '}
                <span className="browse-count">{t.count('browse.articleCount', month.articles.length)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </PageFrame>
  );
}
