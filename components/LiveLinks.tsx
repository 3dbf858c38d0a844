import type { LiveLink } from '@/lib/site/views';

type Props = { links: readonly LiveLink[]; title: string; id: string; note?: string; anchored?: boolean };

function Entries({ links, anchored }: { links: readonly LiveLink[]; anchored: boolean }) {
  return (
    <ol>
      {links.map((link) => (
        <li key={link.id} id={anchored ? link.id : undefined}>
          <a href={link.href}>
            <time dateTime={link.datetime}>{link.time}</time> {link.name}
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * A list of a live story's updates as links, each with its time: the key events, or every update on the
 * later pages. With `anchored`, each entry carries the update's own id, so an update's link
 * (`/news/<slug>/#update-…`) lands on its entry when it has moved to a later page; such a list is a
 * closed <details> (browsers open it for a link to an entry inside, and do not lay it out until then: a
 * long story's 179 entries cost a phone no layout), and is left off paper, where the updates are the record.
 */
export function LiveLinks({ links, title, id, note, anchored = false }: Props) {
  if (links.length === 0) return null;
  if (anchored)
    return (
      <details className={`live-links ${id}`} data-print="hide">
        <summary>
          <h2 id={`${id}-title`}>{title}</h2>
        </summary>
        {note ? <p className="live-links-note">{note}</p> : null}
        <Entries links={links} anchored />
      </details>
    );
  return (
    <section className={`live-links ${id}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <Entries links={links} anchored={false} />
    </section>
  );
}
