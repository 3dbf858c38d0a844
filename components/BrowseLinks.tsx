import { messagesFor } from '@/lib/i18n/messages';
import { archivePath, authorsIndexPath, topicsIndexPath } from '@/lib/urls';

/** The ways into an edition's whole archive without search: by month, by topic, by author. */
export function BrowseLinks({ language }: { language: string }) {
  const t = messagesFor(language);
  return (
    <nav className="browse-links" aria-label={t.text('browse.label')}>
      <ul>
        <li>
          <a href={archivePath(language)}>{t.text('archive.title')}</a>
        </li>
        <li>
          <a href={topicsIndexPath(language)}>{t.text('browse.topicsTitle')}</a>
        </li>
        <li>
          <a href={authorsIndexPath(language)}>{t.text('browse.authorsTitle')}</a>
        </li>
      </ul>
    </nav>
  );
}
