import { messagesFor } from '@/lib/i18n/messages';
import { qrCodePath, qrSvg } from '@/lib/metadata/qr-code';

/**
 * Shown only on paper: the permalink in words and as a QR code, so a reader of the printed copy can get
 * back to the live article. The code is a file drawn at build time and loaded lazily: a screen never
 * shows it, so only printing fetches it (Chromium, Firefox and Safari load lazy images to print).
 */
export function PrintPermalink({ url, language }: { url: string; language: string }) {
  const { width } = qrSvg(url);
  const t = messagesFor(language);
  return (
    <div className="print-only print-permalink">
      <p>
        {t.text('print.readOnline')}
        <br />
        <span className="permalink-url">{url}</span>
      </p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a build-time SVG; Next's image component does not run in a static export */}
      <img
        className="qr-code"
        src={qrCodePath(url)}
        alt={t.text('print.qrAlt', { url })}
        width={width}
        height={width}
        loading="lazy"
        decoding="async"
      />
    </div>
  );
}
