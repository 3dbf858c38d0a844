import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { site } from '@/lib/site-config';
import './styles/tokens.css';
import './styles/base.css';
import './styles/article.css';
import './styles/live.css';
import './styles/search-box.css';
import './styles/print.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s | ${site.name}` },
  icons: { icon: '/favicon.svg' },
  // Pages without their own previews (lists) share the site's name and card type.
  openGraph: { type: 'website', siteName: site.name },
  twitter: { card: 'summary' },
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fffdf8' },
    { media: '(prefers-color-scheme: dark)', color: '#141414' },
  ],
};

/**
 * The document shared by every page. Its `lang` is the default edition's here; each page renders its
 * own frame (components/PageFrame.tsx) in its own language, and the build sets <html lang> from it.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.defaultLanguage}>
      <body>{children}</body>
    </html>
  );
}
