import { describe, expect, it } from 'vitest';
import {
  headersFor,
  hostHeadersFor,
  laterRuleHeadersFor,
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

// A path no file answers: the host shows the 404 page, with the headers of the rules the path matches.
const UNKNOWN = ['/nope', '/nope/', '/news/nope/', '/news/video/nope', '/authors/a/nope.html', '/og/nope.png'];
const notFound = (files: typeof site) => files.find((file) => file.path === '/404.html')!.headers;
const one = (headers: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]]));

describe.each([
  ['every page with one policy', site],
  ['one page with a wider policy of its own', withEmbed],
])('_headers for %s', (_, files) => {
  const rules = parseHeadersFile(toHeadersFile(toHeaderRules(files)));

  describe.each([
    ['as Cloudflare Pages reads it (every matching rule, "! Name" detaching)', hostHeadersFor],
    ['as Netlify reads it (the later matching rule’s value; "! Name" lines skipped)', laterRuleHeadersFor],
  ])('%s', (__, host) => {
    it.each(files.flatMap((file) => urlsOf(file.path).map((url) => [url, file.headers] as const)))(
      'gives %s exactly one value for each of its headers, the one asked for',
      (url, wanted) => {
        expect(host(rules, url)).toEqual(one(wanted));
      },
    );

    it.each(UNKNOWN)('gives the unknown path %s one security policy and one Cache-Control', (url) => {
      const sent = host(rules, url);
      expect(sent['Content-Security-Policy']).toEqual([notFound(files)['Content-Security-Policy']]);
      expect(sent['Cache-Control']).toHaveLength(1);
      expect(sent['X-Content-Type-Options']).toEqual(['nosniff']);
    });
  });
});

describe('toHeaderRules', () => {
  it('writes the 404 page’s headers for /*, so every path has them, even one no file answers', () => {
    const rules = toHeaderRules(withEmbed);
    expect(rules[0]).toEqual({
      pattern: '/*',
      detach: [],
      headers: [
        ['Content-Security-Policy', NARROW],
        ['X-Content-Type-Options', 'nosniff'],
        ['Cache-Control', 'public, max-age=300, must-revalidate'],
      ],
    });
  });

  it('gives the page with its own policy a rule that detaches the site-wide one, then sets its own', () => {
    const rules = toHeaderRules(withEmbed);
    const own = { detach: ['Content-Security-Policy'], headers: [['Content-Security-Policy', WIDE]] };
    expect(rules.filter((rule) => rule.pattern.startsWith('/news/'))).toEqual([
      { pattern: '/news/video/', ...own },
      { pattern: '/news/video/index.html', ...own },
    ]);
    expect(toHeadersFile(rules)).toContain(
      `/news/video/\n  ! Content-Security-Policy\n  Content-Security-Policy: ${WIDE}\n`,
    );
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
    for (const name of ['= /news/video/', '= /news/video/index.html']) {
      const page = location(name);
      expect(page.match(/Content-Security-Policy/g)).toHaveLength(1);
      expect(page).toContain(`add_header Content-Security-Policy "${WIDE}" always;`);
    }
  });

  it('gives every other path, a path no file answers included, the 404 page’s headers', () => {
    const rest = location('/');
    expect(rest).toContain(`add_header Content-Security-Policy "${NARROW}" always;`);
    expect(rest).toContain('add_header Cache-Control "public, max-age=300, must-revalidate" always;');
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
