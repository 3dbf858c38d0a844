import { messagesFor } from '@/lib/i18n/messages';

/** A date as a machine-readable <time> with a human label in the page's language, e.g. "24 October 2018". */
export function DateLine({ date, language, updated = false }: { date: string; language: string; updated?: boolean }) {
  const t = messagesFor(language);
  return <time dateTime={date}>{updated ? t.text('date.updated', { date: t.date(date) }) : t.date(date)}</time>;
}
