import type { Correction } from '@/lib/articles';
import { messagesFor } from '@/lib/i18n/messages';
import { DateLine } from './DateLine';
import { keyed } from './keyed';

/** Every correction made to the article, oldest first, as "Correction, 25 October 2018: …". */
export function Corrections({ corrections, language }: { corrections: readonly Correction[]; language: string }) {
  if (corrections.length === 0) return null;
  const t = messagesFor(language);
  return (
    <section className="corrections" id="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">{t.text('corrections.title')}</h2>
      {corrections.map(({ date, text }) => (
        <p key={`${date} ${text}`}>
          <strong>{keyed(t.parts('corrections.item', { date: <DateLine date={date} language={language} /> }))}</strong>{' '}
          {text}
        </p>
      ))}
    </section>
  );
}
