// Pages built from hostile front matter and Markdown (tests/fixtures/site) must run nothing but the
// site's own enhancement script, open no dialog, and load nothing from anywhere else.
import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from '../helpers/chromium';
import { pagePaths } from '../helpers/out';
import { siteUrl } from '../helpers/site';

const HOSTILE_PATH = '/news/hostile-front-matter/';
const HEADLINE = '</script><script>alert("headline")</script> "Quotes" & <b>tags</b>';

const browser = setUpBrowser();

type Trap = { calls: string[] };

// /en/search/ only sends the reader on to /search/, whose own script and policy are checked there.
describe.each(pagePaths().filter((path) => path !== '/en/search/'))('the fixture page %s', (pagePath) => {
  it('runs no injected script, opens no dialog and requests nothing from another origin', async () => {
    const page = await browser.open();
    const origin = new URL(siteUrl('/')).origin;
    const elsewhere: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) elsewhere.push(request.url());
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // Every way the fixtures try to get attention is a call to one of these.
    await page.addInitScript(() => {
      const trap: Trap = { calls: [] };
      Object.assign(window, { trap });
      for (const name of ['alert', 'confirm', 'prompt'] as const) {
        Object.defineProperty(window, name, {
          value: (...args: unknown[]) => void trap.calls.push(`${name}(${args.join(',')})`),
        });
      }
    });
    const response = await page.goto(siteUrl(pagePath), { waitUntil: 'networkidle' });
    const policy = response?.headers()['content-security-policy'] ?? '';
    await page.mouse.move(200, 300); // hover handlers, had any survived
    const found = await page.evaluate(() => ({
      calls: (window as unknown as { trap: Trap }).trap.calls,
      scripts: [...document.scripts].map((script) =>
        script.src ? `file: ${script.src}` : script.type ? `data: ${script.type}` : script.textContent,
      ),
      handlers: [...document.querySelectorAll('*')].flatMap((element) =>
        element
          .getAttributeNames()
          .filter((name) => name.startsWith('on'))
          .map((name) => `${element.localName}[${name}]`),
      ),
      frames: document.querySelectorAll('iframe, object, embed').length,
    }));
    expect(found.calls).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(found.handlers).toEqual([]);
    expect(found.frames).toBe(0);
    // Only the site's enhancement script, the one inline script the policy names by its hash, and
    // JSON-LD, which is data that browsers never run.
    const allowed = /script-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? [];
    for (const script of found.scripts) {
      if (script === 'data: application/ld+json') continue;
      expect(allowed).toContain(
        `'sha256-${createHash('sha256')
          .update(script ?? '')
          .digest('base64')}'`,
      );
    }
    // The search page alone also imports Pagefind's script from the site and compiles its WebAssembly.
    const search = /^\/(be\/|ru\/)?search\/$/.test(pagePath) ? ["'self'", "'wasm-unsafe-eval'"] : [];
    expect(allowed.filter((source) => !source.startsWith("'sha256-"))).toEqual(search);
    await page.context().close();
  });
});

describe('hostile front matter stays text in every context', () => {
  it('shows the headline as written, in the page, its title, previews and structured data', async () => {
    const page = await browser.open();
    await page.goto(siteUrl(HOSTILE_PATH));
    expect(await page.locator('h1').innerText()).toBe(HEADLINE);
    expect(await page.title()).toBe(`${HEADLINE} | The Minsk Dispatch`);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(HEADLINE);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd.headline).toBe(HEADLINE);
    expect([jsonLd.author].flat()[0].name).toBe('"><svg onload=alert("author")>');
    expect(await page.locator('.byline').innerText()).toContain('"><svg onload=alert("author")>');
    await page.context().close();
  });

  it('keeps the headline as text in the RSS feed and the JSON Feed', async () => {
    const rss = new XMLParser().parse(await (await fetch(siteUrl('/feed.xml'))).text());
    const titles = [rss.rss.channel.item].flat().map((item: { title: string }) => item.title);
    expect(titles).toContain(HEADLINE);
    const json = (await (await fetch(siteUrl('/feed.json'))).json()) as { items: { title: string }[] };
    expect(json.items.map(({ title }) => title)).toContain(HEADLINE);
  });

  it('shows code and entities as text', async () => {
    const page = await browser.open();
    await page.goto(siteUrl(HOSTILE_PATH));
    const body = await page.locator('.article-body').innerText();
    expect(body).toContain('This paragraph writes <script>alert("entity")</script> with entities');
    expect(body).toContain('<iframe src="https://evil.example/" onload="alert(\'fence\')"></iframe>');
    await page.context().close();
  });

  it('keeps words about web frameworks, which the build’s check for framework leftovers must not mistake', async () => {
    const page = await browser.open();
    await page.goto(siteUrl(HOSTILE_PATH));
    expect(await page.locator('.article-body').innerText()).toContain(
      'their pages load /_next/static/ files, run self.__next_f, TURBOPACK and $Sreact, and link to them.',
    );
    expect(await page.getByRole('link', { name: 'link to them' }).getAttribute('href')).toBe(
      'https://example.org/_next/static/chunks/main.js',
    );
    const rss = await (await fetch(siteUrl('/feed.xml'))).text();
    expect(rss).toContain('/_next/static/ files, run &lt;code&gt;self.__next_f');
    await page.context().close();
  });
});
