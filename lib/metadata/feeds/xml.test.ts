import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, textElement } from './xml';

describe('escapeXml', () => {
  it.each([
    ['</title><script>', '&lt;/title&gt;&lt;script&gt;'],
    ['Russia & Belarus', 'Russia &amp; Belarus'],
    ['a ]]> b', 'a ]]&gt; b'],
    [`"quoted" and 'single'`, '&quot;quoted&quot; and &apos;single&apos;'],
    ['&amp; already', '&amp;amp; already'],
  ])('escapes %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  it('drops characters XML cannot carry and keeps tabs, newlines and non-Latin text', () => {
    expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFEe\uD800f\tg\nh Мінск 😀')).toBe('abcdef\tg\nh Мінск 😀');
  });

  it('gives well-formed XML whose text reads back unchanged, whatever the headline', () => {
    const headline = `</title>]]><![CDATA[ & "x" 'y' <b>`;
    const xml = `<item>${textElement('title', headline)}</item>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ processEntities: true, htmlEntities: false }).parse(xml) as {
      item: { title: string };
    };
    expect(parsed.item.title).toBe(headline);
  });
});
