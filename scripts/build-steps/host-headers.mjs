// @ts-check
// The response headers of every file of the site, written for the hosts that serve it: `_headers`
// (Netlify, Cloudflare Pages, `npm start`) and an nginx include file, both from one set of rules.

/** @typedef {{ pattern: string, headers: [string, string][] }} HeaderRule */
/** @typedef {{ path: string, headers: Readonly<Record<string, string>> }} FileHeaders */
/** @typedef {{ files: Map<string, Readonly<Record<string, string>>>, dirs: Map<string, Tree> }} Tree */

/**
 * Rules that give every file exactly the headers asked for, under the hosts' semantics (every
 * matching rule applies, and headers set by several matching rules are combined): for each header,
 * the rules' patterns never overlap. A header that is the same for everything below a folder is one
 * `/folder/*` rule; where it differs, each subfolder and file gets its own rule instead.
 *
 * This is what lets one page have its own policy: when a page needs a wider Content-Security-Policy
 * (a video embed's `frame-src`), give that page its own value in `files`, and its folder is split so
 * that no rule setting the narrow policy also matches the page. Two CSP headers reaching a browser are
 * two policies, both enforced, so an overlapping rule would block the embed.
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
  /** @type {Map<string, [string, string][]>} */
  const byPattern = new Map();
  for (const name of names) {
    for (const [pattern, value] of partition(root, name, '/')) {
      byPattern.set(pattern, [...(byPattern.get(pattern) ?? []), [name, value]]);
    }
  }
  return [...byPattern]
    .map(([pattern, headers]) => ({ pattern, headers }))
    .sort((a, b) => depth(a.pattern) - depth(b.pattern) || (a.pattern < b.pattern ? -1 : 1));
}

/** @param {string} pattern @returns {number} how narrow a rule is: a folder's splat before its files */
const depth = (pattern) => pattern.split('/').length * 2 - (pattern.endsWith('*') ? 1 : 0);

/**
 * @param {Tree} node @param {string} name @param {string} prefix the folder's URL path, ending in /
 * @returns {[string, string][]} patterns and values that set `name` for every file below `node`
 */
function partition(node, name, prefix) {
  const values = new Set(valuesBelow(node, name));
  if (values.size === 1) {
    const [value] = values;
    return value === undefined ? [] : [[`${prefix}*`, value]];
  }
  /** @type {[string, string][]} */
  const rules = [];
  for (const [file, headers] of node.files) {
    const value = headers[name];
    if (value === undefined) continue;
    rules.push([`${prefix}${file}`, value]);
    if (file === 'index.html') rules.push([prefix, value]);
  }
  for (const [dir, child] of node.dirs) rules.push(...partition(child, name, `${prefix}${dir}/`));
  return rules;
}

/** @param {Tree} node @param {string} name @returns {(string | undefined)[]} */
function valuesBelow(node, name) {
  return [
    ...[...node.files.values()].map((headers) => headers[name]),
    ...[...node.dirs.values()].flatMap((child) => valuesBelow(child, name)),
  ];
}

/**
 * What Netlify and Cloudflare Pages send for a request path under a `_headers` file: every rule whose
 * pattern matches applies, and a header set by several matching rules is sent with every value.
 * Returns each header's values in rule order, so a test can see two values where one was meant.
 * @param {readonly HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Record<string, string[]>}
 */
export function hostHeadersFor(rules, pathname) {
  /** @type {Record<string, string[]>} */
  const result = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) (result[name] ??= []).push(value);
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
 * Writes rules in the `_headers` format: a path pattern, then indented `Name: value` lines.
 * @param {readonly HeaderRule[]} rules
 * @returns {string}
 */
export function toHeadersFile(rules) {
  return (
    rules.map((rule) => [rule.pattern, ...rule.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n') + '\n'
  );
}

/**
 * Reads a `_headers` file back into rules, in file order.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
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
