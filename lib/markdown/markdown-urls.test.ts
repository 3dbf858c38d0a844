import { describe, expect, it } from 'vitest';
import { checkImageUrl, checkLinkUrl } from './markdown-urls';

describe('checkLinkUrl', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
  ])('refuses %j as an address that runs code', (url) => {
    expect(checkLinkUrl(url, 'link')?.fix).toMatch(/^javascript:, vbscript: and data: addresses run code/);
  });

  it.each(['tel:+375171234567', 'ftp://example.org/file', 'file:///etc/passwd'])(
    'refuses %j, which the sanitizer would drop',
    (url) => {
      expect(checkLinkUrl(url, 'link')?.fix).toBe(
        'only https://, http:// and mailto: links, or paths on this site such as /news/slug/, are published; as written the link would be dropped',
      );
    },
  );

  it('asks for a lowercase scheme, which the sanitizer needs', () => {
    expect(checkLinkUrl('HTTPS://example.org/', 'link')).toEqual({
      found: 'link "HTTPS://example.org/"',
      fix: 'write the start of the address in lowercase, "https:"; as written the link would be dropped',
    });
  });

  it.each([
    'https://example.org/a?b=c:d',
    'http://example.org',
    'mailto:desk@example.org',
    '/news/x/',
    '#top',
    'relative/path:with-colon',
    '?q=a:b',
  ])('accepts %j', (url) => {
    expect(checkLinkUrl(url, 'link')).toBeUndefined();
  });
});

describe('checkImageUrl', () => {
  it.each(['images/map.jpg', 'images/Minsk 2018.JPEG', 'images/a.webp', 'images/b.avif', 'images/c.png'])(
    'accepts an original in content/images/ %j',
    (url) => {
      expect(checkImageUrl(url)).toBeUndefined();
    },
  );

  it.each([
    'https://tracker.example/pixel.gif',
    '//tracker.example/pixel.gif',
    '/\\tracker.example/pixel.gif',
    '/\t/tracker.example/p.gif',
  ])('refuses %j, which would load from another server', (url) => {
    expect(checkImageUrl(url)?.fix).toBe(
      "photos are published from the newsroom's own files, never loaded from another address: save it in content/images/ and write images/<file>, e.g. images/shoigu-in-minsk.jpg",
    );
  });

  it.each([
    ['/images/x.jpg', 'put the original in content/images/ and write the path without the leading slash'],
    ['images/sub/x.jpg', 'put the original in content/images/ (no subfolders)'],
    ['../secret.jpg', 'put the original in content/images/ (no subfolders)'],
    ['images/clip.gif', 'this format is not taken; save the photo as JPEG'],
    ['images/phone.HEIC', 'this format is not taken; save the photo as JPEG'],
    ['images/notes.txt', 'name a JPEG, PNG, WebP or AVIF file'],
  ])('refuses %j with the fix', (url, fix) => {
    expect(checkImageUrl(url)?.fix).toContain(fix);
  });

  it('refuses a data: image as script-capable', () => {
    expect(checkImageUrl('data:image/svg+xml,<svg onload=alert(1)>')?.fix).toMatch(
      /^javascript:, vbscript: and data: images are never published/,
    );
  });
});
