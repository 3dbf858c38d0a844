import { describe, expect, it } from 'vitest';
import { shareLinks } from './share-links';

const url = 'https://news.example.org/news/nato-threat/';
const headline = 'Shoigu: “NATO & Poland” — a threat? 100% #Belarus';

function paramsOf(href: string): URLSearchParams {
  return new URL(href).searchParams;
}

describe('shareLinks', () => {
  const links = Object.fromEntries(shareLinks(url, headline).map((link) => [link.network, link.href]));

  it('offers email, Telegram, WhatsApp, X, Facebook and LinkedIn', () => {
    expect(Object.keys(links)).toEqual(['email', 'telegram', 'whatsapp', 'x', 'facebook', 'linkedin']);
  });

  it('gives each network the canonical URL and the headline intact, whatever characters they hold', () => {
    expect(paramsOf(links.telegram!).get('url')).toBe(url);
    expect(paramsOf(links.telegram!).get('text')).toBe(headline);
    expect(paramsOf(links.x!).get('url')).toBe(url);
    expect(paramsOf(links.x!).get('text')).toBe(headline);
    expect(paramsOf(links.whatsapp!).get('text')).toBe(`${headline} ${url}`);
    expect(paramsOf(links.facebook!).get('u')).toBe(url);
    expect(paramsOf(links.linkedin!).get('url')).toBe(url);
  });

  it('writes the email with the headline as subject and the link in the body', () => {
    const mail = new URL(links.email!);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.searchParams.get('subject')).toBe(headline);
    expect(mail.searchParams.get('body')).toBe(`${headline}\n${url}`);
  });

  it('never lets a headline add a parameter of its own', () => {
    const sneaky = shareLinks(url, 'a&url=https://evil.example/')[1]!.href;
    expect(paramsOf(sneaky).getAll('url')).toEqual([url]);
  });
});
