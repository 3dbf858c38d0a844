import { describe, expect, it } from 'vitest';
import { readSiteConfig } from './site-config';

describe('readSiteConfig', () => {
  it('defaults to http://localhost:3000', () => {
    expect(readSiteConfig({}).url).toBe('http://localhost:3000');
  });
  it('takes SITE_URL and SITE_NAME, dropping a trailing slash', () => {
    expect(readSiteConfig({ SITE_URL: 'https://news.example.org/', SITE_NAME: 'Daily' })).toEqual({
      name: 'Daily',
      url: 'https://news.example.org',
      language: 'en',
    });
  });
  it.each(['news.example.org', 'ftp://example.org', 'https://example.org/news'])(
    'refuses SITE_URL %s with the fix',
    (value) => {
      expect(() => readSiteConfig({ SITE_URL: value })).toThrow(/^SITE_URL: .* e\.g\. https:\/\/news\.example\.org$/);
    },
  );
});
