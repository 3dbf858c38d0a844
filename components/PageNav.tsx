import { messagesFor } from '@/lib/i18n/messages';
import { listPagePath } from '@/lib/urls';

type Props = { firstPage: string; number: number; count: number; language: string };

/** Under a list that spans pages: the newer page, where the reader is, the older page. Nothing for one page. */
export function PageNav({ firstPage, number, count, language }: Props) {
  if (count <= 1) return null;
  const t = messagesFor(language);
  return (
    <nav className="page-nav" aria-label={t.text('pageNav.label')} data-print="hide">
      {number > 1 && (
        <a href={listPagePath(firstPage, number - 1)} rel="prev">
          <span aria-hidden="true">← </span>
          {t.text('pageNav.newer')}
        </a>
      )}
      <p>{t.text('pageNav.position', { number: t.number(number), count: t.number(count) })}</p>
      {number < count && (
        <a href={listPagePath(firstPage, number + 1)} rel="next">
          {t.text('pageNav.older')}
          <span aria-hidden="true"> →</span>
        </a>
      )}
    </nav>
  );
}
