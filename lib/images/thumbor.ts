// Thumbor's URLs for the derivatives the plan asks for: the size, the crop around the focus and the
// format, each in the URL, signed with the service's key, so nobody else can make it render anything.
import { createHmac } from 'node:crypto';
import { type DerivativeSpec, type Focus, type ImageFormat, qualityOf } from './image-plan';

/** Thumbor's alignment of a crop for each focus: horizontal, then vertical, the defaults left out. */
const ALIGNMENT: Readonly<Record<Focus, readonly string[]>> = {
  center: [],
  top: ['top'],
  bottom: ['bottom'],
  left: ['left'],
  right: ['right'],
  'top-left': ['left', 'top'],
  'top-right': ['right', 'top'],
  'bottom-left': ['left', 'bottom'],
  'bottom-right': ['right', 'bottom'],
};

/**
 * The unsigned part of a Thumbor URL for `spec`, `width`×`height` px (never more than the original has),
 * of the original the service knows as `name`: the size, the crop's alignment for a crop or thumbnail,
 * and filters naming the format and quality and stripping EXIF and ICC data whatever the service's own
 * settings (`no_upscale` guards the size too).
 */
export function thumborPath(
  spec: DerivativeSpec,
  size: Readonly<{ width: number; height: number }>,
  name: string,
): string {
  const format: ImageFormat = spec.kind === 'crop' ? 'jpeg' : spec.format;
  const align = spec.kind === 'resize' ? [] : ALIGNMENT[spec.focus];
  const filters = [`format(${format})`, `quality(${qualityOf(spec)})`, 'strip_exif()', 'strip_icc()', 'no_upscale()'];
  return [`${size.width}x${size.height}`, ...align, `filters:${filters.join(':')}`, encodeURIComponent(name)].join('/');
}

/**
 * Thumbor's signature of `path`: HMAC-SHA1 with the service's SECURITY_KEY, in URL-safe base64 with its
 * `=` padding kept (as libthumbor's CryptoURL writes it).
 */
export function thumborSignature(path: string, key: string): string {
  return createHmac('sha1', key).update(path).digest('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

/** The signed URL of `path` on the service at `base` (THUMBOR_URL, without a trailing slash). */
export function thumborUrl(base: string, key: string, path: string): string {
  return `${base}/${thumborSignature(path, key)}/${path}`;
}
