import { messagesFor } from '@/lib/i18n/messages';
import type { IndexPageView } from '@/lib/site/views';
import { PageFrame } from './PageFrame';

/** An edition's index of every topic or every author: each name linking to its page, with its article count. */
export function GroupIndexPage({ view: { chrome, title, entries } }: { view: IndexPageView }) {
  const t = messagesFor(chrome.language);
  return (
    <PageFrame chrome={chrome}>
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
