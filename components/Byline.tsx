import { authorPath } from '@/lib/urls';

/** Who wrote it, linking to the author's page. A plain <a>: pages ship no router, and the href stays exactly urls.ts's path. */
export function Byline({ author, authorSlug }: { author: string; authorSlug: string }) {
  return (
    <p className="byline">
      By{' '}
      <a className="author" href={authorPath(authorSlug)} rel="author">
        {author}
      </a>
    </p>
  );
}
