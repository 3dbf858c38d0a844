// @ts-check

/**
 * The HTTP headers every response of the site carries. The policy allows nothing but the site's own
 * files: the only script is the inline enhancement script and the only inline CSS the stylesheet, each
 * allowed by the hash the build computed, and no other origin is ever contacted. A page carrying embed cards passes the
 * origins of their players as `frameSources`: its policy then lets exactly those be framed, once the
 * reader asks for one; every other page frames nothing (`default-src 'none'`). The search page
 * (`search: true`) also imports Pagefind's script from the site and compiles its WebAssembly; it
 * fetches the index under `connect-src 'self'` like any page, and needs no worker (search-index.mjs).
 * Forms may send the reader only to the site itself: the search box is a plain GET form to /search/.
 * Images come from the site, and from the image service's origin when one makes the photos (`imageSources`).
 * @param {{ styleHashes: readonly string[], scriptHashes?: readonly string[], https: boolean, frameSources?: readonly string[], search?: boolean, imageSources?: readonly string[] }} options
 * @returns {Record<string, string>}
 */
export function securityHeaders({
  styleHashes,
  scriptHashes = [],
  https,
  frameSources = [],
  search = false,
  imageSources = [],
}) {
  const scriptSources = [...scriptHashes, ...(search ? ["'self'", "'wasm-unsafe-eval'"] : [])];
  const csp = [
    "default-src 'none'",
    ...(frameSources.length > 0 ? [`frame-src ${[...new Set(frameSources)].sort().join(' ')}`] : []),
    `script-src ${scriptSources.length > 0 ? scriptSources.join(' ') : "'none'"}`,
    `style-src ${styleHashes.length > 0 ? styleHashes.join(' ') : "'none'"}`,
    ["img-src 'self' data:", ...imageSources].join(' '),
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
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

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300, must-revalidate';
// Files whose names carry a content hash: ours, and the search index's chunks, fragments and metadata
// (Pagefind's script, entry and WebAssembly keep their names from one build to the next).
const IMMUTABLE_PATH = /^\/((assets|og|images|qr)\/|pagefind\/((index|fragment|filter)\/|pagefind\.[\w-]+\.pf_meta$))/;

/**
 * The headers each served file gets: the security headers, a year-long immutable cache for files
 * whose names carry a content hash (`/assets/`, `/og/`) and a short one for everything else, and the
 * media type of each feed (`contentTypes`, by URL path). A page that needs its own policy (a video
 * embed's `frame-src`, the search page's script) gets it here, and toHeaderRules gives it a rule that
 * detaches the site-wide one, so it gets one policy: its own.
 * @param {readonly string[]} paths URL paths of the files in out/, e.g. `/news/x/index.html`
 * `pageSecurity` gives such a page its own security headers, by path.
 * @param {{ security: Record<string, string>, contentTypes: Readonly<Record<string, string>>, pageSecurity?: Readonly<Record<string, Record<string, string>>> }} options
 * @returns {{ path: string, headers: Record<string, string> }[]}
 */
export function siteFileHeaders(paths, { security, contentTypes, pageSecurity = {} }) {
  return paths.map((path) => {
    const type = contentTypes[path];
    return {
      path,
      headers: {
        ...(pageSecurity[path] ?? security),
        'Cache-Control': IMMUTABLE_PATH.test(path) ? IMMUTABLE : SHORT,
        ...(type ? { 'Content-Type': type } : {}),
      },
    };
  });
}
