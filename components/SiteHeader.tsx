import { messagesFor } from '@/lib/i18n/messages';
import { site } from '@/lib/site-config';
import type { Chrome } from '@/lib/site/views';
import { editionPath } from '@/lib/urls';
import { LanguageSwitch } from './LanguageSwitch';
import { SearchBox } from './SearchBox';

/**
 * The masthead: the site's name, linking to this edition's front page, the other editions, and the
 * search box (a plain form to the edition's search page), and the featured sections of this edition as plain links that wrap on a narrow phone (no script, no
 * sideways scroll).
 */
export function SiteHeader({ chrome: { language, editions, sections } }: { chrome: Chrome }) {
  const t = messagesFor(language);
  return (
    <header className="site-header" data-print="hide">
      <div className="masthead">
        <a href={editionPath(language)} className="site-name">
          {site.name}
        </a>
        <LanguageSwitch label={t.text('editions.label')} links={editions} current={language} />
      </div>
      <SearchBox language={language} />
      {sections.length > 0 ? (
        <nav className="section-nav" aria-label={t.text('nav.sections')}>
          <ul>
            {sections.map(({ id, name, path }) => (
              <li key={id}>
                <a href={path}>{name}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
