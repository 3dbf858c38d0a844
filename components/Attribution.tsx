import { messagesFor } from '@/lib/i18n/messages';
import { keyed } from './keyed';

/** Credits the original publisher and links to the original article. */
export function Attribution({ source, language }: { source: { name: string; url: string }; language: string }) {
  const link = <a href={source.url}>{source.name}</a>;
  return <p className="attribution">{keyed(messagesFor(language).parts('attribution', { source: link }))}</p>;
}
