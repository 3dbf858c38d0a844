import { describe, expect, it } from 'vitest';
import {
  headersFor,
  hostHeadersFor,
  parseHeadersFile,
  toHeaderRules,
  toHeadersFile,
  toNginxConf,
} from './host-headers.mjs';
import { siteFileHeaders } from './security-headers.mjs';

const PATHS = [
  '/index.html',
  '/404.html',
  '/feed.xml',
  '/feed.json',
  '/robots.txt',
  '/news/one/index.html',
  '/news/video/index.html',
  '/authors/a/index.html',
  '/assets/enhance.abc.js',
  '/og/k.abc.png',
];
const NARROW = "default-src 'none'; style-src 'sha256-abc='";
const WIDE = `${NARROW}; frame-src https://www.youtube-nocookie.com`;
const site = siteFileHeaders(PATHS, {
  security: { 'Content-Security-Policy': NARROW, 'X-Content-Type-Options': 'nosniff' },
  contentTypes: { '/feed.xml': 'application/rss+xml', '/feed.json': 'application/feed+json' },
});
// A page with a video embed: the same headers but its own, wider policy.
const withEmbed = site.map((file) =>
  file.path === '/news/video/index.html'
    ? { ...file, headers: { ...file.headers, 'Content-Security-Policy': WIDE } }
    : file,
);

/** The URLs a reader requests for a file: a page also by its folder. */
const urlsOf = (path: string) => (path.endsWith('/index.html') ? [path, path.replace(/index\.html$/, '')] : [path]);

describe.each([
  ['every page with one policy', site],
  ['one page with a wider policy of its own', withEmbed],
])('_headers for %s, read as Netlify and Cloudflare Pages read it', (_, files) => {
  const rules = parseHeadersFile(toHeadersFile(toHeaderRules(files)));

  it.each(files.flatMap((file) => urlsOf(file.path).map((url) => [url, file.headers] as const)))(
    'gives %s exactly one value for each of its headers, the one asked for',
    (url, wanted) => {
      const sent = hostHeadersFor(rules, url);
      expect(sent).toEqual(Object.fromEntries(Object.entries(wanted).map(([name, value]) => [name, [value]])));
    },
  );
});

describe('toHeaderRules', () => {
  it('writes a header that is the same everywhere once, for /*', () => {
    const rules = toHeaderRules(site);
    expect(rules[0]).toEqual({
      pattern: '/*',
      headers: [
        ['Content-Security-Policy', NARROW],
        ['X-Content-Type-Options', 'nosniff'],
      ],
    });
  });

  it('never lets a rule with the narrow policy match the page that has its own', () => {
    const rules = toHeaderRules(withEmbed);
    const narrow = rules.filter((rule) => rule.headers.some(([, value]) => value === NARROW));
    expect(narrow.map((rule) => rule.pattern)).not.toContain('/*');
    expect(hostHeadersFor(narrow, '/news/video/')).toEqual({});
    expect(hostHeadersFor(rules, '/news/one/')['Content-Security-Policy']).toEqual([NARROW]);
  });
});

describe('headersFor, as npm start sends them', () => {
  it('combines the values of several matching rules, as the hosts do, so a conflict shows', () => {
    const rules = parseHeadersFile('/*\n  Cache-Control: short\n/assets/*\n  Cache-Control: long\n');
    expect(headersFor(rules, '/assets/a.js')).toEqual({ 'Cache-Control': 'short, long' });
  });
});

describe('the nginx include file', () => {
  const conf = toNginxConf(toHeaderRules(withEmbed));
  const location = (name: string) => {
    const start = conf.indexOf(`location ${name} {`);
    expect(start).toBeGreaterThanOrEqual(0);
    return conf.slice(start, conf.indexOf('\n}', start));
  };

  it('repeats every header in each location, since nginx does not inherit add_header into one', () => {
    const assets = location('^~ /assets/');
    expect(assets).toContain(`add_header Content-Security-Policy "${NARROW}" always;`);
    expect(assets).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(assets).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
  });

  it('gives the page with its own policy one Content-Security-Policy: its own', () => {
    const page = location('^~ /news/video/');
    expect(page.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(page).toContain(`add_header Content-Security-Policy "${WIDE}" always;`);
  });

  it('sets a feed’s media type as its type, not as a second Content-Type header', () => {
    expect(location('= /feed.xml')).toContain('types { } default_type "application/rss+xml";');
    expect(conf).not.toContain('add_header Content-Type');
  });

  it('never serves the host’s own files', () => {
    expect(location('= /_headers')).toContain('return 404;');
    expect(location('= /_nginx.conf')).toContain('return 404;');
  });
});
