import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_TXT_PATH, toSecurityTxt, writeSecurityTxt } from './security-txt';

const now = new Date('2026-12-05T09:30:00.250Z');

describe('toSecurityTxt', () => {
  it('names the newsroom’s address and contact page, an expiry on the first of the month seven months after the build’s, its languages and where it lives', () => {
    expect(
      toSecurityTxt({
        siteName: 'The Minsk Dispatch',
        contact: 'newsroom@example.org',
        contactPage: 'https://news.example.org/about/contact/',
        now,
        languages: ['en', 'be', 'ru'],
        canonical: 'https://news.example.org/.well-known/security.txt',
      }),
    ).toBe(
      [
        '# The Minsk Dispatch: where to report a security problem with this site (RFC 9116).',
        'Contact: mailto:newsroom@example.org',
        'Contact: https://news.example.org/about/contact/',
        'Expires: 2027-07-01T00:00:00Z',
        'Preferred-Languages: en, be, ru',
        'Canonical: https://news.example.org/.well-known/security.txt',
        '',
      ].join('\n'),
    );
  });

  it('names no web address of a site served over http, which RFC 9116 does not allow', () => {
    const text = toSecurityTxt({
      siteName: 'S',
      contact: 'a@example.org',
      contactPage: 'http://localhost:3000/about/contact/',
      now,
      languages: ['en'],
      canonical: 'http://localhost:3000/.well-known/security.txt',
    });
    expect(text).not.toContain('http://');
    expect(text).toContain('Contact: mailto:a@example.org\n');
  });

  it('leaves the contact page out when the site has none', () => {
    const text = toSecurityTxt({
      siteName: 'S',
      contact: 'a@example.org',
      now,
      languages: ['en'],
      canonical: 'https://x.example/.well-known/security.txt',
    });
    expect(text.match(/^Contact: /gm)).toHaveLength(1);
  });
});

describe('writeSecurityTxt', () => {
  it('writes the file below public/, and removes one a site without an address would keep', () => {
    const publicDir = mkdtempSync(path.join(tmpdir(), 'public-'));
    const file = path.join(publicDir, SECURITY_TXT_PATH);
    writeSecurityTxt(publicDir, 'Contact: mailto:a@example.org\n');
    expect(readFileSync(file, 'utf8')).toBe('Contact: mailto:a@example.org\n');
    writeSecurityTxt(publicDir, undefined);
    expect(existsSync(file)).toBe(false);
  });
});
