import { messagesFor } from '@/lib/i18n/messages';
import { groupIndex, type IndexKind } from '@/lib/lists/browse-pages';
import { PageFrame } from './PageFrame';

/** An edition's index of every topic or every author: each name linking to its page, with its article count. */
export function GroupIndexPage({ kind, language }: { kind: IndexKind; language: string }) {
  const t = messagesFor(language);
  const { title, entries } = groupIndex(kind, language);
  return (
    <PageFrame language={language}>
      <h1 className="page-title">{title}</h1>
      <ul className="browse-list">
        {entries.map(({ slug, name, count, href }) => (
          <li key={slug}>
            <a href={href}>{name}</a> <span className="browse-count">{t.count('browse.articleCount', count)}</span>
          </li>
        ))}
      </ul>
    </PageFrame>
  );
}
