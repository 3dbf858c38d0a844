import { shareLinks } from '@/lib/metadata/share-links';

/**
 * Sharing without third parties: plain links that work with JavaScript off, plus "Copy link", the
 * system share sheet and "Print", which the enhancement script reveals where the browser can do them.
 */
export function ShareLinks({ url, headline }: { url: string; headline: string }) {
  return (
    <section className="share" aria-labelledby="share-title" data-print="hide">
      <h2 id="share-title" className="share-title">
        Share this article
      </h2>
      <div className="share-actions">
        <button type="button" data-enhance="share" data-share-url={url} data-share-title={headline} hidden>
          Share…
        </button>
        <button type="button" data-enhance="copy" data-copy-text={url} hidden>
          Copy link
        </button>
        <button type="button" data-enhance="print" hidden>
          Print
        </button>
      </div>
      <ul>
        {shareLinks(url, headline).map(({ network, label, href }) => (
          <li key={network}>
            <a href={href} rel="noopener noreferrer">
              {label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
