import type { Correction } from '@/lib/articles';
import { DateLine } from './DateLine';

/** Every correction made to the article, oldest first, as "Correction, 25 October 2018: …". */
export function Corrections({ corrections }: { corrections: readonly Correction[] }) {
  if (corrections.length === 0) return null;
  return (
    <section className="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">Corrections</h2>
      {corrections.map(({ date, text }) => (
        <p key={`${date} ${text}`}>
          <strong>
            Correction, <DateLine date={date} />:
          </strong>{' '}
          {text}
        </p>
      ))}
    </section>
  );
}
