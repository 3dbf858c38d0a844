import { messagesFor } from '@/lib/i18n/messages';
import { site } from '@/lib/site-config';
import { PageFrame } from './PageFrame';
import { RedirectNotice } from './RedirectNotice';

/** `/<default language>/…` sends the reader to the same page at the root, where the default edition lives. */
export function DefaultEditionRedirect({ to, title }: { to: string; title: string }) {
  const t = messagesFor(site.defaultLanguage);
  return (
    <PageFrame language={site.defaultLanguage}>
      <RedirectNotice to={to} heading={t.text('redirect.toEdition')} language={site.defaultLanguage}>
        {title}
      </RedirectNotice>
    </PageFrame>
  );
}
