// @ts-check
// The response headers of every file of the site, written for the hosts that serve it: `_headers`
// (Netlify, Cloudflare Pages, `npm start`) and an nginx include file, both from one set of rules.

/**
 * One `_headers` rule: a path pattern, the headers it detaches from every other matching rule
 * (Cloudflare Pages' `! Name` lines), and the headers it sets.
 * @typedef {{ pattern: string, detach: string[], headers: [string, string][] }} HeaderRule
 */
/** @typedef {{ path: string, headers: Readonly<Record<string, string>> }} FileHeaders */
/** @typedef {{ files: Map<string, Readonly<Record<string, string>>>, dirs: Map<string, Tree> }} Tree */

/** The 404 page: what the host shows, with these headers, for a path no file answers. */
const NOT_FOUND_PAGE = '/404.html';

/**
 * Rules that give every path exactly the headers asked for, and one value of each, a path no file
 * answers included. The first rule, `/*`, sets the 404 page's headers (the page an unknown path shows)
 * for everything. A file that needs another value of a header (a page with embeds needs a wider
 * Content-Security-Policy, a file named by its hash a year-long Cache-Control) gets it from a narrower
 * rule that first detaches the site-wide value (`! Content-Security-Policy`), then sets its own: two
 * CSP headers reaching a browser are two policies, both enforced, so the embed would be blocked. A value
 * that is the same for everything below a folder is one `/folder/*` rule (a page's own policy excepted:
 * it is written for the page's addresses only); where it differs, each subfolder and file gets its own
 * rule instead, so those rules never overlap for a header.
 *
 * Cloudflare Pages applies every matching rule and honours the detach; Netlify skips `! Name` lines
 * (they have no colon) and gives a header the value of the later matching rule (netlify/cli's
 * headersForPath), and the narrower rules come later: either way, one value per header.
 * @param {readonly FileHeaders[]} files every served file, by URL path (`/news/x/index.html`)
 * @returns {HeaderRule[]} broad rules first
 */
export function toHeaderRules(files) {
  /** @type {Tree} */
  const root = { files: new Map(), dirs: new Map() };
  for (const file of files) {
    const parts = file.path.split('/').slice(1);
    let node = root;
    for (const dir of parts.slice(0, -1)) {
      const next = node.dirs.get(dir) ?? { files: new Map(), dirs: new Map() };
      node.dirs.set(dir, next);
      node = next;
    }
    node.files.set(parts.at(-1) ?? '', file.headers);
  }
  const names = [...new Set(files.flatMap((file) => Object.keys(file.headers)))];
  const defaults = siteWide(files, names);
  /** @type {Map<string, HeaderRule>} */
  const byPattern = new Map([['/*', { pattern: '/*', detach: [], headers: Object.entries(defaults) }]]);
  for (const name of names) {
    for (const [pattern, value] of partition(root, name, defaults[name], '/')) {
      const rule = byPattern.get(pattern) ?? { pattern, detach: [], headers: [] };
      if (defaults[name] !== undefined) rule.detach.push(name);
      if (value !== undefined) rule.headers.push([name, value]);
      byPattern.set(pattern, rule);
    }
  }
  return [...byPattern.values()].sort(
    (a, b) => depth(a.pattern) - depth(b.pattern) || (a.pattern < b.pattern ? -1 : 1),
  );
}

/**
 * The headers every path gets unless a narrower rule says otherwise: the 404 page's, which a path no
 * file answers shows; without a 404 page, each header's most common value.
 * @param {readonly FileHeaders[]} files @param {readonly string[]} names
 * @returns {Record<string, string>}
 */
function siteWide(files, names) {
  const notFound = files.find((file) => file.path === NOT_FOUND_PAGE);
  if (notFound) return { ...notFound.headers };
  /** @type {Record<string, string>} */
  const common = {};
  for (const name of names) {
    const counts = new Map();
    for (const file of files) {
      const value = file.headers[name];
      if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const [top] = [...counts].sort((a, b) => b[1] - a[1]);
    if (top && top[1] * 2 > files.length) common[name] = top[0];
  }
  return common;
}

/** @param {string} pattern @returns {number} how narrow a rule is: a folder's splat before its files */
const depth = (pattern) => pattern.split('/').length * 2 - (pattern.endsWith('*') ? 1 : 0);

const POLICY = 'Content-Security-Policy';

/** A file's wish for one header: the site-wide value (nothing to write), or its own (possibly none). */
const SITE_WIDE = Symbol('site-wide');

/**
 * @param {Tree} node @param {string} name @param {string | undefined} fallback the site-wide value
 * @param {string} prefix the folder's URL path, ending in /
 * @returns {[string, string | undefined][]} patterns, and the value each sets (undefined: only detaches)
 */
function partition(node, name, fallback, prefix) {
  const wish = (/** @type {Readonly<Record<string, string>>} */ headers) =>
    headers[name] === fallback ? SITE_WIDE : headers[name];
  const wishes = new Set(wishesBelow(node, wish));
  // A splat also matches the paths no file answers, which show the 404 page: a page's own policy is
  // written for its own addresses only, so the 404 page below it keeps the policy it was made for.
  if (wishes.size === 1 && (name !== POLICY || wishes.has(SITE_WIDE))) {
    const [only] = wishes;
    return only === SITE_WIDE ? [] : [[`${prefix}*`, /** @type {string | undefined} */ (only)]];
  }
  /** @type {[string, string | undefined][]} */
  const rules = [];
  for (const [file, headers] of node.files) {
    const value = wish(headers);
    if (value === SITE_WIDE) continue;
    rules.push([`${prefix}${file}`, value]);
    if (file === 'index.html') rules.push([prefix, value]);
  }
  for (const [dir, child] of node.dirs) rules.push(...partition(child, name, fallback, `${prefix}${dir}/`));
  return rules;
}

/**
 * @param {Tree} node @param {(headers: Readonly<Record<string, string>>) => unknown} wish
 * @returns {unknown[]}
 */
function wishesBelow(node, wish) {
  return [
    ...[...node.files.values()].map(wish),
    ...[...node.dirs.values()].flatMap((child) => wishesBelow(child, wish)),
  ];
}

/**
 * What Cloudflare Pages sends for a request path under a `_headers` file: every rule whose pattern
 * matches applies, a header set by several matching rules is sent with every value, and a rule's
 * `! Name` takes the values other matching rules give that header away. Returns each header's values
 * in rule order, so a test can see two values where one was meant.
 * @param {readonly HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Record<string, string[]>}
 */
export function hostHeadersFor(rules, pathname) {
  const matching = rules.filter((rule) => patternMatches(rule.pattern, pathname));
  const detached = new Set(matching.flatMap((rule) => rule.detach ?? []));
  /** @type {Record<string, string[]>} */
  const result = {};
  for (const rule of matching) {
    for (const [name, value] of rule.headers) {
      if (detached.has(name) && !(rule.detach ?? []).includes(name)) continue;
      (result[name] ??= []).push(value);
    }
  }
  return result;
}

/**
 * What Netlify sends, as its own `netlify dev` computes it (netlify/cli's headersForPath): each header
 * with the value of the last matching rule that sets it. `! Name` lines have no colon, so Netlify's
 * parser skips them. Returns each header as a list of one, to compare with hostHeadersFor.
 * @param {readonly HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Record<string, string[]>}
 */
export function laterRuleHeadersFor(rules, pathname) {
  /** @type {Record<string, string[]>} */
  const result = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) result[name] = [value];
  }
  return result;
}

/**
 * The headers a host sends for a request path, as one string each: values from several rules are
 * joined with ", " as Netlify and Cloudflare do, so a conflict shows instead of one rule winning.
 * @param {readonly HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  return Object.fromEntries(
    Object.entries(hostHeadersFor(rules, pathname)).map(([name, values]) => [name, values.join(', ')]),
  );
}

/** @param {string} pattern @param {string} pathname */
function patternMatches(pattern, pathname) {
  return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
}

/**
 * Writes rules in the `_headers` format: a path pattern, then indented `! Name` lines for the headers
 * it detaches and `Name: value` lines for those it sets.
 * @param {readonly HeaderRule[]} rules
 * @returns {string}
 */
export function toHeadersFile(rules) {
  const lines = (/** @type {HeaderRule} */ rule) => [
    rule.pattern,
    ...rule.detach.map((name) => `  ! ${name}`),
    ...rule.headers.map(([name, value]) => `  ${name}: ${value}`),
  ];
  return `${rules.map((rule) => lines(rule).join('\n')).join('\n')}\n`;
}

/**
 * Reads a `_headers` file back into rules, in file order, `! Name` lines as detached headers.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), detach: [], headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detached = /^\s*!\s*(\S+)\s*$/.exec(line);
    if (detached && rule) {
      rule.detach.push(detached[1] ?? '');
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0 && rule) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Files the build writes for the host, never served as pages. */
export const HOST_FILES = ['/_headers', '/_nginx.conf'];

/**
 * The same rules as an nginx include file for a `server` block that sets `root` to out/ and
 * `error_page 404 /404.html`. nginx picks ONE location per request and a location's `add_header`
 * replaces every inherited one, so each location lists all of its headers: one policy per path.
 * Content-Type is set with `default_type`, never a second header.
 * @param {readonly HeaderRule[]} rules
 * @returns {string}
 */
export function toNginxConf(rules) {
  const patterns = rules.map((rule) => rule.pattern);
  if (!patterns.includes('/*')) patterns.unshift('/*');
  const blocks = patterns.map((pattern) => {
    const splat = pattern.endsWith('*');
    // A path below the folder that no narrower rule names: the headers nginx's location stands for.
    const probe = splat ? `${pattern.slice(0, -1)}\u0000` : pattern;
    const location = pattern === '/*' ? '/' : splat ? `^~ ${pattern.slice(0, -1)}` : `= ${pattern}`;
    const lines = ['try_files $uri $uri/index.html =404;'];
    for (const [name, value] of Object.entries(headersFor(rules, probe))) {
      lines.push(
        name === 'Content-Type'
          ? `types { } default_type ${nginxString(value)};`
          : `add_header ${name} ${nginxString(value)} always;`,
      );
    }
    return `location ${location} {\n${lines.map((line) => `  ${line}`).join('\n')}\n}`;
  });
  const hidden = HOST_FILES.map((file) => `location = ${file} {\n  return 404;\n}`);
  return `# Written by npm run build: the site's response headers, one location per rule of _headers.\n# Include it in a server block with root set to this folder and error_page 404 /404.html.\n${[...blocks, ...hidden].join('\n')}\n`;
}

/** @param {string} value */
function nginxString(value) {
  if (/["\\$\n]/.test(value)) throw new Error(`cannot write ${JSON.stringify(value)} into nginx configuration`);
  return `"${value}"`;
}
