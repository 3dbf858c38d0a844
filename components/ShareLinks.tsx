import { messagesFor } from '@/lib/i18n/messages';
import { shareLinks } from '@/lib/metadata/share-links';
import { copyLabels } from './copy-labels';
import { keyed } from './keyed';

/**
 * Sharing without third parties: plain links that work with JavaScript off, plus "Copy link", the
 * system share sheet and "Print", which the enhancement script reveals where the browser can do them.
 * The short link /a/<id>/ survives any change of headline or slug: shown, and copied by its own button.
 */
type Props = { url: string; shortUrl: string; headline: string; language: string };

export function ShareLinks({ url, shortUrl, headline, language }: Props) {
  const t = messagesFor(language);
  return (
    <section className="share" aria-labelledby="share-title" data-print="hide">
      <h2 id="share-title" className="share-title">
        {t.text('share.title')}
      </h2>
      <div className="share-actions">
        <button type="button" data-enhance="share" data-share-url={url} data-share-title={headline} hidden>
          {t.text('share.system')}
        </button>
        <button type="button" data-enhance="copy" data-copy-text={url} hidden {...copyLabels(t)}>
          {t.text('share.copyLink')}
        </button>
        <button type="button" data-enhance="copy" data-copy-text={shortUrl} hidden {...copyLabels(t)}>
          {t.text('share.copyShortLink')}
        </button>
        <button type="button" data-enhance="print" hidden>
          {t.text('share.print')}
        </button>
      </div>
      <ul>
        {shareLinks(url, headline).map(({ network, label, href }) => (
          <li key={network}>
            <a href={href} rel="noopener noreferrer">
              {network === 'email' ? t.text('share.email') : label}
            </a>
          </li>
        ))}
      </ul>
      <p className="short-link">
        {keyed(t.parts('share.shortLink', { link: <a href={shortUrl}>{shortUrl.replace(/^https?:\/\//, '')}</a> }))}
      </p>
    </section>
  );
}
