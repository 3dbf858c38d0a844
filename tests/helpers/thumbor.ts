// Thumbor for the image-service test: installed from PyPI into a virtual environment (.ci/run does it),
// started on 127.0.0.1 on a free port with a generated thumbor.conf, stopped after the test.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** The virtual environment Thumbor is installed in: THUMBOR_VENV, else `.venv-thumbor/` in the project. */
export function thumborVenv(): string {
  return path.resolve(root, process.env.THUMBOR_VENV || '.venv-thumbor');
}

/** The `thumbor` command. Throws how to install it when it is missing (the test fails; it is never skipped). */
export function thumborCommand(): string {
  const venv = thumborVenv();
  const command = path.join(venv, 'bin', 'thumbor');
  if (!existsSync(command))
    throw new Error(
      `Thumbor not found at ${command}. The image-service test runs the real Thumbor 7.8.0 from PyPI: ` +
        `python3 -m venv ${path.relative(root, venv) || venv} && ${path.relative(root, venv) || venv}/bin/pip install thumbor==7.8.0 ` +
        '(on Debian/Ubuntu first "sudo apt-get install -y python3-venv"; .ci/run does all of it), or set THUMBOR_VENV ' +
        'to a virtual environment that has it.',
    );
  return command;
}

// Ports Chromium refuses to fetch from (net/base/port_util.cc), among those an OS may hand out.
const CHROMIUM_REFUSES = new Set([
  1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** A port free on 127.0.0.1 now, which Chromium will fetch from. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    if (port > 0 && !CHROMIUM_REFUSES.has(port)) return port;
  }
}

export type RunningThumbor = Readonly<{ origin: string; key: string; stop: () => Promise<void>; log: () => string }>;

/**
 * Starts Thumbor on 127.0.0.1 over the originals in `originals` (its file loader), signing key `key`,
 * unsigned URLs refused, EXIF orientation applied, and `settings` added to its thumbor.conf (Python).
 * Resolves once it answers its health check.
 */
export async function startThumbor(
  originals: string,
  key: string,
  settings: Readonly<Record<string, string>> = {},
): Promise<RunningThumbor> {
  const command = thumborCommand();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thumbor-'));
  const conf = path.join(dir, 'thumbor.conf');
  const lines = {
    SECURITY_KEY: JSON.stringify(key),
    ALLOW_UNSAFE_URL: 'False',
    RESPECT_ORIENTATION: 'True',
    LOADER: "'thumbor.loaders.file_loader'",
    FILE_LOADER_ROOT_PATH: JSON.stringify(originals),
    STORAGE: "'thumbor.storages.no_storage'",
    ...settings,
  };
  writeFileSync(
    conf,
    Object.entries(lines)
      .map(([name, value]) => `${name} = ${value}\n`)
      .join(''),
  );
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(command, ['-i', '127.0.0.1', '-p', String(port), '-c', conf, '-l', 'warning'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${origin}/healthcheck`)).ok) return { origin, key, stop, log: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`Thumbor did not start on ${origin}:\n${output}`);
}
