// @ts-check
import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import compression from 'compression';
import handler from 'serve-handler';
import { HOST_FILES, headersFor, parseHeadersFile } from './build-steps/host-headers.mjs';

/**
 * A static file server for the exported site, as a CDN would serve it: gzip compression,
 * trailing-slash URLs (`/news/x` redirects to `/news/x/`), the site's own 404 page with status
 * 404, and the headers the build wrote to `_headers` (security policy, caching, feed media types),
 * combined as Cloudflare Pages combines them (`! Name` detaching). A 404 carries the headers of
 * /404.html, the page it shows, as nginx's `error_page` gives it.
 * @param {string} outDir the exported site (Next's `out/`)
 * @returns {http.Server}
 */
export function createSiteServer(outDir) {
  const compress = compression();
  const headersFile = path.join(outDir, '_headers');
  // Read again whenever a build rewrites it, as a host applies a deploy's headers: a page's inline
  // style hash is in the policy, so stale headers would block the new build's CSS.
  let headers = { version: '', rules: /** @type {ReturnType<typeof parseHeadersFile>} */ ([]) };
  const currentRules = () => {
    const stat = statSync(headersFile, { throwIfNoEntry: false });
    const version = stat ? `${stat.mtimeMs}:${stat.size}` : 'none';
    if (version !== headers.version) {
      headers = { version, rules: stat ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [] };
    }
    return headers.rules;
  };
  const config = {
    public: path.resolve(outDir),
    trailingSlash: true,
    cleanUrls: true,
    directoryListing: false,
    etag: true,
  };
  return http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    // Applied when the status is known, over what serve-handler guessed (it sends feeds as plain XML).
    const writeHead = response.writeHead.bind(response);
    response.writeHead = (/** @type {number} */ status, /** @type {any[]} */ ...rest) => {
      const ours = headersFor(currentRules(), status === 404 ? '/404.html' : pathname);
      const given = rest.find((arg) => typeof arg === 'object' && arg !== null) ?? {};
      return writeHead(status, { ...given, ...ours });
    };
    // The host's configuration files are not pages.
    if (HOST_FILES.includes(pathname)) request.url = '/_headers/not-a-page/';
    compress(/** @type {any} */ (request), /** @type {any} */ (response), () => {
      handler(request, response, config).catch((/** @type {unknown} */ error) => {
        console.error(error);
        response.statusCode = 500;
        response.end('Internal server error');
      });
    });
  });
}

/**
 * Starts the server and resolves with its origin once it listens.
 * @param {string} outDir
 * @param {number} port 0 picks a free port
 * @param {string} [host]
 * @returns {Promise<{ server: http.Server, origin: string }>}
 */
export function listen(outDir, port, host = '127.0.0.1') {
  const server = createSiteServer(outDir);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') return reject(new Error('no address'));
      resolve({ server, origin: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}` });
    });
  });
}
