import { messagesFor } from '@/lib/i18n/messages';
import type { ArchivePageView } from '@/lib/site/views';
import { PageFrame } from './PageFrame';

/** An edition's date archive: each year, newest first, with its months that have articles and how many. */
export function ArchiveIndexPage({ view: { chrome, years } }: { view: ArchivePageView }) {
  const t = messagesFor(chrome.language);
  return (
    <PageFrame chrome={chrome}>
      <h1 className="page-title">{t.text('archive.title')}</h1>
      {years.map(({ year, months }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <ul className="browse-list">
            {months.map((month) => (
              <li key={month.href}>
                <a href={month.href}>{month.name}</a>{' '}
                <span className="browse-count">{t.count('browse.articleCount', month.count)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </PageFrame>
  );
}
