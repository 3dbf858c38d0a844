import type { ReactNode } from 'react';
import { messagesFor } from '@/lib/i18n/messages';
import { FEEDS, feedPath } from '@/lib/metadata/feeds/feed';
import { site } from '@/lib/site-config';
import { absoluteUrl } from '@/lib/urls';
import type { Chrome } from '@/lib/site/views';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

/**
 * Everything around a page's own content, in the page's language: the skip link, the masthead with
 * the editions, the footer, and discovery links to the edition's feeds. `data-page-language` on <main>
 * is lifted onto <html lang> when the build writes the page (scripts/build-steps/to-static-html.mjs):
 * the root layout is shared by every language, so only the page knows its own.
 */
export function PageFrame({ chrome, children }: { chrome: Chrome; children: ReactNode }) {
  const { language } = chrome;
  const t = messagesFor(language);
  return (
    <>
      {/* React hoists these <link>s into <head>. Not in `metadata.alternates`, which a page's canonical
          URL would replace (Next merges metadata shallowly). */}
      {FEEDS.map((feed) => (
        <link
          key={feed.file}
          rel="alternate"
          type={feed.type}
          title={`${site.name} (${feed.title}, ${t.text('language.name')})`}
          href={absoluteUrl(feedPath(feed.file, language))}
        />
      ))}
      <SkipLink language={language} />
      <SiteHeader chrome={chrome} />
      <main id="main" tabIndex={-1} data-page-language={language}>
        {children}
      </main>
      <SiteFooter chrome={chrome} />
    </>
  );
}
