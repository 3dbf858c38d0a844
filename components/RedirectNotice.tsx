import type { ReactNode } from 'react';

/**
 * The body of a redirect page. The meta refresh sends every browser on; with script, the enhancement
 * script goes first and keeps a fragment such as #p3. The link is there for the reader whose browser
 * does neither.
 */
export function RedirectNotice({ to, heading, children }: { to: string; heading: string; children: ReactNode }) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${to}`} />
      <h1 className="page-title">{heading}</h1>
      <p>
        It is at{' '}
        <a href={to} data-enhance="redirect">
          {children}
        </a>
        .
      </p>
    </>
  );
}
