import { formatDate } from '@/lib/articles';

/** A date as a machine-readable <time> with a human label, e.g. "24 October 2018". */
export function DateLine({ date, label }: { date: string; label?: string }) {
  return (
    <time dateTime={date}>
      {label ? `${label} ` : ''}
      {formatDate(date)}
    </time>
  );
}
