import Link from 'next/link';

/** The masthead: the site's name, linking home. */
export function SiteHeader({ siteName }: { siteName: string }) {
  return (
    <header className="site-header" data-print="hide">
      <Link href="/" className="site-name">
        {siteName}
      </Link>
    </header>
  );
}
