import type { TextKey } from '@/lib/i18n/catalogues';
import { messagesFor } from '@/lib/i18n/messages';
import { listPagePath } from '@/lib/urls';

type Words = Readonly<{ label: TextKey; newer: TextKey; older: TextKey }>;
type Props = { firstPage: string; number: number; count: number; language: string; words?: Words };

const ARTICLES: Words = { label: 'pageNav.label', newer: 'pageNav.newer', older: 'pageNav.older' };

/**
 * Under a list that spans pages (of articles, or of a live story's updates, as `words` name them): the
 * newer page, where the reader is, the older page. Nothing for one page.
 */
export function PageNav({ firstPage, number, count, language, words = ARTICLES }: Props) {
  if (count <= 1) return null;
  const t = messagesFor(language);
  return (
    <nav className="page-nav" aria-label={t.text(words.label)} data-print="hide">
      {number > 1 && (
        <a href={listPagePath(firstPage, number - 1)} rel="prev">
          <span aria-hidden="true">← </span>
          {t.text(words.newer)}
        </a>
      )}
      <p>{t.text('pageNav.position', { number: t.number(number), count: t.number(count) })}</p>
      {number < count && (
        <a href={listPagePath(firstPage, number + 1)} rel="next">
          {t.text(words.older)}
          <span aria-hidden="true"> →</span>
        </a>
      )}
    </nav>
  );
}
