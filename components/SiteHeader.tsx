import { getEditionLanguages } from '@/lib/articles';
import { messagesFor } from '@/lib/i18n/messages';
import { site } from '@/lib/site-config';
import { editionPath } from '@/lib/urls';
import { LanguageSwitch } from './LanguageSwitch';

/** The masthead: the site's name, linking to this edition's front page, and the other editions. */
export function SiteHeader({ language }: { language: string }) {
  const editions = getEditionLanguages().map((edition) => ({ language: edition, href: editionPath(edition) }));
  return (
    <header className="site-header" data-print="hide">
      <a href={editionPath(language)} className="site-name">
        {site.name}
      </a>
      <LanguageSwitch label={messagesFor(language).text('editions.label')} links={editions} current={language} />
    </header>
  );
}
