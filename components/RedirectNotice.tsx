import type { ReactNode } from 'react';
import { messagesFor } from '@/lib/i18n/messages';
import { keyed } from './keyed';

type Props = { to: string; heading: string; language: string; children: ReactNode };

/**
 * The body of a redirect page. The meta refresh sends every browser on; with script, the enhancement
 * script goes first and keeps a fragment such as #p3. The link is there for the reader whose browser
 * does neither.
 */
export function RedirectNotice({ to, heading, language, children }: Props) {
  const link = (
    <a href={to} data-enhance="redirect">
      {children}
    </a>
  );
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${to}`} />
      <h1 className="page-title">{heading}</h1>
      <p>{keyed(messagesFor(language).parts('redirect.itIsAt', { link }))}</p>
    </>
  );
}
