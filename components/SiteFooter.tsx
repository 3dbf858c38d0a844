import { messagesFor } from '@/lib/i18n/messages';
import { site } from '@/lib/site-config';
import { editionPath } from '@/lib/urls';
import { BrowseLinks } from './BrowseLinks';
import { keyed } from './keyed';

/** The site footer: what the site is, a way to its edition's front page, and the ways to browse its archive. */
export function SiteFooter({ language }: { language: string }) {
  const home = (
    <a key="site" href={editionPath(language)}>
      {site.name}
    </a>
  );
  return (
    <footer className="site-footer" data-print="hide">
      <p>{keyed(messagesFor(language).parts('site.footer', { site: home }))}</p>
      <BrowseLinks language={language} />
    </footer>
  );
}
