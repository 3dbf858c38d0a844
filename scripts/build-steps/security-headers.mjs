// @ts-check

/**
 * The HTTP headers every response of the site carries. The policy allows nothing but the site's own
 * files: the only script is /assets/enhance.*.js, the only inline CSS is the stylesheet whose hashes
 * the build computed, and no other origin is ever contacted.
 * @param {{ styleHashes: readonly string[], https: boolean }} options
 * @returns {Record<string, string>}
 */
export function securityHeaders({ styleHashes, https }) {
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${styleHashes.length > 0 ? styleHashes.join(' ') : "'none'"}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy':
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), microphone=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  };
}

/** Cache rules: hashed assets never change; everything else is revalidated within minutes. */
export const CACHE_RULES = [
  { path: '/assets/*', value: 'public, max-age=31536000, immutable' },
  { path: '/og/*', value: 'public, max-age=31536000, immutable' },
  { path: '/images/*', value: 'public, max-age=31536000, immutable' },
  { path: '/*', value: 'public, max-age=300, must-revalidate' },
];

/**
 * Writes headers in the `_headers` format that Netlify and Cloudflare Pages read (and `npm start`
 * serves): a path pattern, then indented `Name: value` lines.
 * @param {Record<string, string>} headers
 * @returns {string}
 */
export function toHeadersFile(headers) {
  const all = ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const caching = CACHE_RULES.filter((rule) => rule.path !== '/*')
    .map((rule) => `${rule.path}\n  Cache-Control: ${rule.value}`)
    .join('\n');
  return `${all}\n  Cache-Control: ${CACHE_RULES.at(-1)?.value}\n${caching}\n`;
}

/**
 * Reads a `_headers` file back into rules, in file order.
 * @param {string} text
 * @returns {{ pattern: string, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, headers: [string, string][] }[]} */
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

/**
 * The headers for one request path: every matching rule applies, later rules override earlier ones.
 * @param {ReturnType<typeof parseHeadersFile>} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const result = {};
  for (const rule of rules) {
    const matches = rule.pattern.endsWith('*')
      ? pathname.startsWith(rule.pattern.slice(0, -1))
      : pathname === rule.pattern;
    if (matches) for (const [name, value] of rule.headers) result[name] = value;
  }
  return result;
}
