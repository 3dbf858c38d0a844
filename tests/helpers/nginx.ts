import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/opt/homebrew/bin/nginx'];

/** Where nginx is: NGINX_PATH, else the usual places. Throws how to install it when absent. */
export function nginxPath(): string {
  const found = process.env.NGINX_PATH || CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found || !existsSync(found)) {
    throw new Error(
      'nginx not found. The self-hosting test serves out/ with a real nginx: on Debian/Ubuntu run ' +
        '"sudo apt-get update && sudo apt-get install -y nginx-light" (on macOS: brew install nginx), ' +
        'or set NGINX_PATH to an nginx binary.',
    );
  }
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Serves `outDir` with nginx as the README's Deploying section sets it up: root, the 404 page, and the
 * include file the build wrote. One process, no daemon, everything it writes in a temporary folder.
 */
export async function serveWithNginx(outDir: string): Promise<{ origin: string; stop: () => void }> {
  const binary = nginxPath();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nginx-'));
  const port = await freePort();
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `${name}_temp_path ${path.join(dir, name)};`)
    .join(' ');
  const mimeTypes = [
    '/etc/nginx/mime.types',
    '/usr/local/etc/nginx/mime.types',
    '/opt/homebrew/etc/nginx/mime.types',
  ].find((file) => existsSync(file));
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off; master_process off; pid ${path.join(dir, 'nginx.pid')}; error_log ${path.join(dir, 'error.log')};
events {}
http {
  ${mimeTypes ? `include ${mimeTypes};` : ''} access_log off; ${temp}
  server {
    listen 127.0.0.1:${port};
    root ${path.resolve(outDir)};
    error_page 404 /404.html;
    include ${path.resolve(outDir, '_nginx.conf')};
  }
}
`,
  );
  execFileSync(binary, ['-t', '-q', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'pipe' });
  const child: ChildProcess = spawn(binary, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fetch(origin);
      break;
    } catch (error) {
      if (attempt > 100 || child.exitCode !== null) throw new Error(`nginx did not start: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    origin,
    stop: () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
