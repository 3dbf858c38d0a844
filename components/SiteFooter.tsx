import Link from 'next/link';

/** The site footer: what the site is and a way home. */
export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer className="site-footer" data-print="hide">
      <p>
        <Link href="/">{siteName}</Link>: independent reporting on Belarus and its neighbours. No trackers, no
        third-party code.
      </p>
    </footer>
  );
}
