import { existsSync } from 'node:fs';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const DEFAULT_CHROME = '/usr/bin/chromium';

/** Where Chromium is: CHROME_PATH, else Debian's /usr/bin/chromium. Throws how to install it when absent. */
export function chromePath(): string {
  const candidate = process.env.CHROME_PATH || DEFAULT_CHROME;
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium not found at ${candidate}. The browser tests need a real Chromium: on Debian/Ubuntu run ` +
        '"sudo apt-get update && sudo apt-get install -y chromium", or set CHROME_PATH to a Chrome or ' +
        'Chromium binary (e.g. CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome").',
    );
  }
  return candidate;
}

/** Launches headless Chromium with no background traffic, as these machines allow, plus any `extraArgs`. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

/** Opens a page in a fresh context; close the context when done. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  return context.newPage();
}

/**
 * The browser setup every browser test file shares: Chromium launched before the file's tests and
 * closed after them. Call at the top of a file; `open` gives a page in a fresh context (close it with
 * `page.context().close()`).
 */
export function setUpBrowser(): { open: (options?: BrowserContextOptions) => Promise<Page> } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());
  return {
    open: (options) => {
      if (!browser) throw new Error('setUpBrowser(): open a page inside a test, after the browser has started');
      return openPage(browser, options);
    },
  };
}
