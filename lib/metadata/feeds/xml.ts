// Characters XML 1.0 forbids anywhere, even escaped: C0 controls other than tab, LF and CR, lone
// surrogates, U+FFFE and U+FFFF. A feed containing one is rejected whole by strict readers.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Makes any text safe as XML character data or as an attribute value: escapes `& < > " '` (so
 * `]]>` and `</title>` stay text) and drops characters XML cannot carry at all.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** `<name>text</name>` with the text escaped. */
export function textElement(name: string, text: string, attributes = ''): string {
  return `<${name}${attributes}>${escapeXml(text)}</${name}>`;
}
