import { listPagePath } from '@/lib/urls';

type Props = { firstPage: string; number: number; count: number };

/** Under a list that spans pages: the newer page, where the reader is, the older page. Nothing for one page. */
export function PageNav({ firstPage, number, count }: Props) {
  if (count <= 1) return null;
  return (
    <nav className="page-nav" aria-label="More articles" data-print="hide">
      {number > 1 && (
        <a href={listPagePath(firstPage, number - 1)} rel="prev">
          <span aria-hidden="true">← </span>Newer articles
        </a>
      )}
      <p>
        Page {number} of {count}
      </p>
      {number < count && (
        <a href={listPagePath(firstPage, number + 1)} rel="next">
          Older articles<span aria-hidden="true"> →</span>
        </a>
      )}
    </nav>
  );
}
