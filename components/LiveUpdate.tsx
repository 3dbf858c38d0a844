import type { LiveUpdateView } from '@/lib/site/views';
import { ArticleBody } from './ArticleBody';

/**
 * One update of a live story: its time, which is its own link (`#update-…`), its title, its text, and a
 * "Share this update" button that the live script reveals (client/live.ts). `label` marks the pinned post.
 */
export function LiveUpdate({ update, share, label }: { update: LiveUpdateView; share: string; label?: string }) {
  return (
    <article className={update.key ? 'update key-update' : 'update'} id={update.id}>
      <header className="update-header">
        {label ? <p className="update-label">{label}</p> : null}
        <a className="update-time" href={`#${update.id}`}>
          <time dateTime={update.datetime}>{update.time}</time>
        </a>
        {update.title ? <h3 className="update-title">{update.title}</h3> : null}
      </header>
      <ArticleBody html={update.html} />
      <button type="button" className="update-share" data-live-share="" hidden data-print="hide">
        {share}
      </button>
    </article>
  );
}
