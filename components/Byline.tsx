import Link from 'next/link';
import { authorPath } from '@/lib/urls';

/** Who wrote it, linking to the author's page. */
export function Byline({ author, authorSlug }: { author: string; authorSlug: string }) {
  return (
    <p className="byline">
      By{' '}
      <Link className="author" href={authorPath(authorSlug)} rel="author">
        {author}
      </Link>
    </p>
  );
}
