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
      defaultLanguage: 'en',
      listPageSize: 20,
      livePageSize: 20,
    });
  });
  it('takes DEFAULT_LANGUAGE for the home page’s edition, and refuses one without a catalogue', () => {
    expect(readSiteConfig({ DEFAULT_LANGUAGE: 'be' }).defaultLanguage).toBe('be');
    expect(() => readSiteConfig({ DEFAULT_LANGUAGE: 'de' })).toThrow(
      'DEFAULT_LANGUAGE: "de" has no interface catalogue; set it to one of be, en, ru, or leave it unset for en',
    );
  });
  it('takes LIVE_PAGE_SIZE as a whole number of updates, 20 unless set', () => {
    expect(readSiteConfig({ LIVE_PAGE_SIZE: '3' }).livePageSize).toBe(3);
    expect(readSiteConfig({}).livePageSize).toBe(20);
    expect(() => readSiteConfig({ LIVE_PAGE_SIZE: 'many' })).toThrow(
      'LIVE_PAGE_SIZE: "many" is not a number of updates; set it to a whole number such as 20, or leave it unset',
    );
  });

  it('takes LIST_PAGE_SIZE as a whole number of articles', () => {
    expect(readSiteConfig({ LIST_PAGE_SIZE: ' 2 ' }).listPageSize).toBe(2);
  });
  it.each(['0', '-3', '2.5', 'ten', '100000'])('refuses LIST_PAGE_SIZE %s with the fix', (value) => {
    expect(() => readSiteConfig({ LIST_PAGE_SIZE: value })).toThrow(
      /^LIST_PAGE_SIZE: .* set it to a whole number such as 20, or leave it unset$/,
    );
  });
  it.each(['news.example.org', 'ftp://example.org', 'https://example.org/news'])(
    'refuses SITE_URL %s with the fix',
    (value) => {
      expect(() => readSiteConfig({ SITE_URL: value })).toThrow(/^SITE_URL: .* e\.g\. https:\/\/news\.example\.org$/);
    },
  );
  it.each(['', '   '])('refuses an empty SITE_URL (%j), naming the variable and the fix', (value) => {
    expect(() => readSiteConfig({ SITE_URL: value })).toThrow(
      'SITE_URL is set but empty; set it to the site’s origin, e.g. https://news.example.org, or unset it to build for http://localhost:3000',
    );
  });
});
