import { qrCodePath, qrSvg } from '@/lib/metadata/qr-code';

/**
 * Shown only on paper: the permalink in words and as a QR code, so a reader of the printed copy can get
 * back to the live article. The code is a file drawn at build time and loaded lazily: a screen never
 * shows it, so only printing fetches it (Chromium, Firefox and Safari load lazy images to print).
 */
export function PrintPermalink({ url }: { url: string }) {
  const { width } = qrSvg(url);
  return (
    <div className="print-only print-permalink">
      <p>
        Read this article online:
        <br />
        <span className="permalink-url">{url}</span>
      </p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a build-time SVG; Next's image component does not run in a static export */}
      <img
        className="qr-code"
        src={qrCodePath(url)}
        alt={`QR code of ${url}`}
        width={width}
        height={width}
        loading="lazy"
        decoding="async"
      />
    </div>
  );
}
