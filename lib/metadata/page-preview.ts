import type { Metadata } from 'next';
import { messagesFor } from '../i18n/messages';
import { site } from '../site-config';
import { absoluteUrl } from '../urls';
import { siteCard } from './site-card';

type PagePreview = Readonly<{ title: string; description: string; path: string; language: string }>;

/**
 * What a chat app or link-preview library shows for a page that is not an article (a front page, a
 * list, an index): its own title and description, its absolute URL, the edition's card as a large
 * picture, in the page's locale. Next merges metadata shallowly, so a page gives these whole.
 */
export function pagePreview({ title, description, path, language }: PagePreview): Metadata {
  const card = siteCard(language);
  return {
    openGraph: {
      type: 'website',
      title,
      description,
      url: absoluteUrl(path),
      siteName: site.name,
      locale: messagesFor(language).text('locale.og'),
      images: [card],
    },
    twitter: {
      card: 'summary_large_image',
      title,
      description,
      images: [{ url: card.url, alt: card.alt }],
    },
  };
}
