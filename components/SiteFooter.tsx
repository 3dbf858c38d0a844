import { messagesFor } from '@/lib/i18n/messages';
import { site } from '@/lib/site-config';
import type { Chrome } from '@/lib/site/views';
import { editionPath } from '@/lib/urls';
import { BrowseLinks } from './BrowseLinks';
import { keyed } from './keyed';
import { NewsroomLinks } from './NewsroomLinks';

/**
 * The site footer: what the site is, a way to its edition's front page, the ways to browse its archive,
 * and the newsroom's own pages (who publishes it, how to reach them, their standards).
 */
export function SiteFooter({ chrome: { language, newsroom } }: { chrome: Chrome }) {
  const home = (
    <a key="site" href={editionPath(language)}>
      {site.name}
    </a>
  );
  return (
    <footer className="site-footer" data-print="hide">
      <p>{keyed(messagesFor(language).parts('site.footer', { site: home }))}</p>
      <BrowseLinks language={language} />
      <NewsroomLinks links={newsroom} language={language} />
    </footer>
  );
}
