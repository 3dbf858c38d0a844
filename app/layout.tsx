import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { SkipLink } from '@/components/SkipLink';
import { FEEDS } from '@/lib/metadata/feeds/feed';
import { site } from '@/lib/site-config';
import { absoluteUrl } from '@/lib/urls';
import './styles/tokens.css';
import './styles/base.css';
import './styles/article.css';
import './styles/print.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s | ${site.name}` },
  description: `${site.name}: independent reporting on Belarus and its neighbours.`,
  icons: { icon: '/favicon.svg' },
  // Pages without their own previews (home, authors, topics) share the site's name and card type.
  openGraph: { type: 'website', siteName: site.name, locale: 'en_GB' },
  twitter: { card: 'summary' },
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fffdf8' },
    { media: '(prefers-color-scheme: dark)', color: '#141414' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.language}>
      <body>
        {/* Feed discovery on every page. Not in `metadata.alternates`: a page that sets its canonical
            URL replaces the layout's whole `alternates` object (Next merges metadata shallowly).
            React hoists these <link>s into <head>. */}
        {FEEDS.map((feed) => (
          <link
            key={feed.path}
            rel="alternate"
            type={feed.type}
            title={`${site.name} (${feed.title})`}
            href={absoluteUrl(feed.path)}
          />
        ))}
        <SkipLink />
        <SiteHeader siteName={site.name} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter siteName={site.name} />
      </body>
    </html>
  );
}
