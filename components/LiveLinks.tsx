import type { LiveLink } from '@/lib/site/views';

/**
 * A list of a live story's updates as links, each with its time: the key events, or every update on the
 * later pages. With `anchored`, each entry carries the update's own id, so an update's link
 * (`/news/<slug>/#update-…`) lands on its entry here when it has moved to a later page; such a list is
 * left off paper, where the updates themselves are the record.
 */
export function LiveLinks({
  links,
  title,
  id,
  note,
  anchored = false,
}: {
  links: readonly LiveLink[];
  title: string;
  id: string;
  note?: string;
  anchored?: boolean;
}) {
  if (links.length === 0) return null;
  return (
    <section className={`live-links ${id}`} aria-labelledby={`${id}-title`} data-print={anchored ? 'hide' : undefined}>
      <h2 id={`${id}-title`}>{title}</h2>
      {note ? <p className="live-links-note">{note}</p> : null}
      <ol>
        {links.map((link) => (
          <li key={link.id} id={anchored ? link.id : undefined}>
            <a href={link.href}>
              <time dateTime={link.datetime}>{link.time}</time> {link.name}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
