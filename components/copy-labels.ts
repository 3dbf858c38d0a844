import type { Messages } from '@/lib/i18n/messages';

/** What a copy button says after copying, in the page's language, for the enhancement script to show. */
export function copyLabels(t: Messages) {
  return {
    'data-copied': t.text('copy.done'),
    'data-copy-failed': t.text('copy.failed'),
    'data-announce-copied': t.text('copy.announceDone'),
    'data-announce-failed': t.text('copy.announceFailed'),
  };
}
