import { messagesFor } from '@/lib/i18n/messages';
import type { PageLink } from '@/lib/site/views';

/** Every page's way to the newsroom's own pages (About, Contact, standards, …), in the edition's language. */
export function NewsroomLinks({ links, language }: { links: readonly PageLink[]; language: string }) {
  if (links.length === 0) return null;
  return (
    <nav className="newsroom-links" aria-label={messagesFor(language).text('newsroom.label')}>
      <ul>
        {links.map(({ href, label }) => (
          <li key={href}>
            <a href={href}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
