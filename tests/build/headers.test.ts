// The fixture site's _headers, read as the hosts that read it do: every path, a path no file answers
// (the 404 page) included, gets exactly one security policy and one Cache-Control.
import { describe, expect, it } from 'vitest';
import { hostHeadersFor, laterRuleHeadersFor, parseHeadersFile } from '../../scripts/build-steps/host-headers.mjs';
import { pagePaths, readOut } from '../helpers/out';

const rules = parseHeadersFile(readOut('_headers'));
const notFound = ['/no-such-page/', '/news/no-such-story/', '/search/nothing-here', '/og/missing.png', '/be/x'];

describe.each([
  ['Cloudflare Pages', hostHeadersFor],
  ['Netlify', laterRuleHeadersFor],
])('_headers as %s reads it', (_, host) => {
  it.each([...pagePaths(), ...notFound])('gives %s one Content-Security-Policy and one Cache-Control', (pathname) => {
    const sent = host(rules, pathname);
    expect(sent['Content-Security-Policy']).toHaveLength(1);
    expect(sent['Cache-Control']).toHaveLength(1);
  });

  it.each(notFound)('gives %s, shown the 404 page, the 404 page’s policy', (pathname) => {
    expect(host(rules, pathname)['Content-Security-Policy']).toEqual(
      host(rules, '/404.html')['Content-Security-Policy'],
    );
  });
});
