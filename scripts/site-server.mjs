// @ts-check
import http from 'node:http';
import path from 'node:path';
import compression from 'compression';
import handler from 'serve-handler';

/**
 * A static file server for the exported site, as a CDN would serve it: gzip compression,
 * trailing-slash URLs (`/news/x` redirects to `/news/x/`), and the site's own 404 page with
 * status 404.
 * @param {string} outDir the exported site (Next's `out/`)
 * @returns {http.Server}
 */
export function createSiteServer(outDir) {
  const compress = compression();
  const config = {
    public: path.resolve(outDir),
    trailingSlash: true,
    cleanUrls: true,
    directoryListing: false,
    etag: true,
  };
  return http.createServer((request, response) => {
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
