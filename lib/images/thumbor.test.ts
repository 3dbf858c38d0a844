import { describe, expect, it } from 'vitest';
import { thumborPath, thumborSignature, thumborUrl } from './thumbor';

const NAME = 'minsk-square.3f9a1c2b7e01.jpg';

describe('thumborPath', () => {
  it('asks for the exact size and the format, with EXIF and ICC stripped and no enlarging, whatever the service’s defaults', () => {
    expect(thumborPath({ kind: 'resize', width: 1080, format: 'avif' }, { width: 1080, height: 720 }, NAME)).toBe(
      `1080x720/filters:format(avif):quality(42):strip_exif():strip_icc():no_upscale()/${NAME}`,
    );
  });

  it('aligns a crop with the article’s focus, and gives crops JPEG at a higher quality', () => {
    const share = { kind: 'crop', name: 'share', width: 1200, height: 630, focus: 'top-left' } as const;
    expect(thumborPath(share, share, NAME)).toBe(
      `1200x630/left/top/filters:format(jpeg):quality(80):strip_exif():strip_icc():no_upscale()/${NAME}`,
    );
    const thumb = { kind: 'thumb', width: 320, height: 213, format: 'jpeg', focus: 'bottom' } as const;
    expect(thumborPath(thumb, thumb, NAME)).toBe(
      `320x213/bottom/filters:format(jpeg):quality(68):strip_exif():strip_icc():no_upscale()/${NAME}`,
    );
    const centred = { kind: 'crop', name: 'square', width: 900, height: 900, focus: 'center' } as const;
    expect(thumborPath(centred, centred, NAME)).toMatch(/^900x900\/filters:/);
  });
});

describe('thumborSignature', () => {
  // Both URLs as libthumbor 2.0.2's CryptoURL(key='my-security-key').generate(…) writes them.
  it.each([
    [
      '/kgBT3FlCBqv0xe2Nf9FnyKuzfgs=/1080x720/filters:format(avif):quality(42):strip_exif():strip_icc():no_upscale()/minsk-square.3f9a1c2b7e01.jpg',
    ],
    [
      '/_mUUWGkZvtKO9WPsDjffd2gG12M=/1200x630/left/top/filters:format(jpeg):quality(80):strip_exif():strip_icc():no_upscale()/minsk-square.3f9a1c2b7e01.jpg',
    ],
  ])('signs as libthumbor does: URL-safe base64 of HMAC-SHA1, padding kept (%s)', (signed) => {
    const [, signature = '', path = ''] = /^\/([^/]+)\/(.*)$/.exec(signed) ?? [];
    expect(thumborSignature(path, 'my-security-key')).toBe(signature);
    expect(thumborUrl('https://images.example.org', 'my-security-key', path)).toBe(
      `https://images.example.org${signed}`,
    );
  });
});
