import { messagesFor } from '@/lib/i18n/messages';

/** The first focusable element: lets keyboard and screen reader users jump past the header. */
export function SkipLink({ language }: { language: string }) {
  return (
    <a className="skip-link" href="#main" data-print="hide">
      {messagesFor(language).text('skip.toContent')}
    </a>
  );
}
