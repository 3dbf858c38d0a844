import type { AuthorRef } from '@/lib/articles';
import { messagesFor } from '@/lib/i18n/messages';
import { authorPath } from '@/lib/urls';
import { keyed } from './keyed';

/**
 * Who wrote it, each name linking to the author's page in this language: "By A and B", "Аўтары: A і B".
 * Plain <a>s: pages ship no router, and each href stays exactly urls.ts's path.
 */
export function Byline({ authors, language }: { authors: readonly AuthorRef[]; language: string }) {
  const t = messagesFor(language);
  const links = authors.map(({ id, name }) => (
    <a key={id} className="author" href={authorPath(id, language)} rel="author">
      {name}
    </a>
  ));
  return (
    <p className="byline">{keyed(t.parts('byline', { authors: <>{keyed(t.listParts(links))}</> }, authors.length))}</p>
  );
}
