import { QR_QUIET_ZONE, qrGeometry } from '@/lib/qr-code';

/**
 * Shown only on paper: the permalink in words and as a QR code, so a reader of the printed copy can get
 * back to the live article. The code is drawn at build time; nothing is fetched.
 */
export function PrintPermalink({ url }: { url: string }) {
  const { size, path } = qrGeometry(url);
  const side = size + 2 * QR_QUIET_ZONE;
  return (
    <div className="print-only print-permalink">
      <p>
        Read this article online:
        <br />
        <span className="permalink-url">{url}</span>
      </p>
      <svg
        className="qr-code"
        viewBox={`${-QR_QUIET_ZONE} ${-QR_QUIET_ZONE} ${side} ${side}`}
        role="img"
        aria-label={`QR code of ${url}`}
        shapeRendering="crispEdges"
      >
        <rect x={-QR_QUIET_ZONE} y={-QR_QUIET_ZONE} width={side} height={side} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
    </div>
  );
}
