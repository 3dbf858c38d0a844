import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactPath } from '../helpers/artifacts';
import { setUpBrowser } from '../helpers/chromium';
import { ARTICLE_PATH, siteUrl } from '../helpers/site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const HEADLINE = 'Russia once again speaks about NATO threat for Russia and Belarus';

const browser = setUpBrowser();

type Result = { href: string | null; headline: string; date: string; excerpt: string; marks: string[] };

/** The search page's status line once it has stopped searching, and the results it lists. */
async function settled(page: Page, searching = 'Searching…'): Promise<{ status: string; results: Result[] }> {
  const status = page.getByRole('status');
  await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/\S/);
  await expect.poll(() => status.innerText(), { timeout: 15_000 }).not.toBe(searching);
  const results = await page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('h2 a')?.getAttribute('href') ?? null,
      headline: item.querySelector('h2')?.textContent ?? '',
      date: item.querySelector('time')?.textContent ?? '',
      excerpt: item.querySelector('.search-excerpt')?.textContent ?? '',
      marks: [...item.querySelectorAll('.search-excerpt mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
  return { status: await status.innerText(), results };
}

/** Opens /search/?q=… and waits for its answer. */
async function search(query: string, options = {}) {
  const page = await browser.open(options);
  await page.goto(siteUrl(`/search/?q=${encodeURIComponent(query)}`));
  return { page, ...(await settled(page)) };
}

describe('searching an edition', () => {
  // "Шойгу" is in the Belarusian and the Russian article alike: each edition's search finds only its own.
  it.each([
    ['/be/search/', 'Шукаем…', 'Па запыце «Шойгу» знойдзены 1 артыкул', '/news/lukashenka-sustreusia-z-shojhu/'],
    ['/ru/search/', 'Ищем…', 'По запросу «Шойгу» найдена 1 статья', '/news/shoigu-v-minske/'],
  ])('%s finds only the articles in its language, and says so in it', async (path, searching, said, found) => {
    const page = await browser.open();
    await page.goto(siteUrl(`${path}?q=${encodeURIComponent('Шойгу')}`));
    const { status, results } = await settled(page, searching);
    expect(status).toBe(said);
    expect(results.map((result) => result.href)).toEqual([found]);
    expect(new Set(results[0]?.marks)).toEqual(new Set(['Шойгу']));
    await page.context().close();
  });

  it('leads from the header’s search box on a Russian page to the Russian search', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(siteUrl('/news/shoigu-v-minske/'));
    await page.getByRole('searchbox', { name: 'Искать статьи' }).fill('НАТО');
    await page.getByRole('button', { name: 'Искать' }).click();
    await page.waitForURL(siteUrl('/ru/search/?q=%D0%9D%D0%90%D0%A2%D0%9E'));
    expect(await page.locator('.search-needs-js').innerText()).toContain('Поиск работает в вашем браузере');
    await page.context().close();
  });
});

describe('searching the articles', () => {
  it('finds the one article with a word of its body, showing its headline, date and the word marked', async () => {
    const { page, status, results } = await search('counterproductive');
    expect(status).toBe('1 article found for “counterproductive”');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ href: ARTICLE_PATH, headline: HEADLINE, date: '24 October 2018' });
    expect(results[0]?.marks).toEqual(['counterproductive']);
    expect(results[0]?.excerpt).toContain('are counterproductive and not conducive');
    expect(await page.locator('.search-result time').getAttribute('datetime')).toBe('2018-10-24');
    await page.screenshot({ path: artifactPath('search-results.png'), fullPage: true });
    await page.context().close();
  });

  it('quotes the article’s words in the excerpt, not its dateline or ¶ paragraph links', async () => {
    const { page, results } = await search('Sergey');
    expect(results.map((result) => result.href)).toEqual([ARTICLE_PATH]);
    expect(results[0]?.excerpt).toContain('Sergey Shoigu, Minister of Defense of Russia:');
    expect(results[0]?.excerpt).not.toMatch(/¶|October 2018|min read/);
    await page.context().close();
  });

  // The seed and /news/nato-drills-near-poland/ share their author and the topic Poland.
  it.each([
    ['the author', 'Mitskevich', [ARTICLE_PATH, '/news/nato-drills-near-poland/']],
    ['a topic', 'Poland', [ARTICLE_PATH, '/news/nato-drills-near-poland/']],
    ['the standfirst', 'spoken', [ARTICLE_PATH]],
  ])('finds the articles by %s (%s), and only those', async (_, word, expected) => {
    const { page, results } = await search(word);
    expect(results.map((result) => result.href).sort()).toEqual([...expected].sort());
    await page.context().close();
  });

  it.each([
    ['the footer', 'trackers'],
    ['the header and footer', 'Dispatch'],
    ['every article’s credit line', 'Originally'],
    ['every article’s share links', 'Facebook'],
    ['every article’s citation', 'BibTeX'],
  ])('finds nothing for a word only in %s (%s)', async (_, word) => {
    const { page, status, results } = await search(word);
    expect(status).toBe(`No article found for “${word}”. Try another word, or browse by topic or date below.`);
    expect(results).toEqual([]);
    expect(await page.locator('.search-results').isHidden()).toBe(true);
    await page.context().close();
  });

  it("shows a query holding $', $` and $& in the status line as typed", async () => {
    const query = "nowhere $' $` $&";
    const { page, status } = await search(query);
    expect(status).toBe(`No article found for “${query}”. Try another word, or browse by topic or date below.`);
    await page.context().close();
  });

  it('searches from the form, keeping the words in the address so Back returns to the last search', async () => {
    const { page } = await search('counterproductive');
    await page.getByLabel('Words to find in articles').fill('Mitskevich');
    await page.locator('main').getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('2 articles found for “Mitskevich”');
    expect(new URL(page.url()).search).toBe('?q=Mitskevich');
    await page.goBack();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('1 article found for “counterproductive”');
    expect(await page.getByLabel('Words to find in articles').inputValue()).toBe('counterproductive');
    await page.context().close();
  });

  it('shows an article’s markup-like words as text: nothing in a result runs', async () => {
    const page = await browser.open();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(siteUrl('/search/?q=alert'));
    const { results } = await settled(page);
    const hostile = results.find((result) => result.href === '/news/hostile-front-matter/');
    expect(hostile?.headline).toBe('</script><script>alert("headline")</script> "Quotes" & <b>tags</b>');
    expect(await page.locator('.search-results script, .search-results img, .search-results b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('loads only the site’s own files, no worker, and breaks no rule of its security policy', async () => {
    const page = await browser.open();
    const violations: string[] = [];
    const requests: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
          `${event.effectiveDirective} blocked ${event.blockedURI}`,
        );
      });
    });
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(siteUrl('/search/?q=counterproductive'), { waitUntil: 'networkidle' });
    expect((await settled(page)).results).toHaveLength(1);
    expect(violations).toEqual([]);
    const origin = new URL(siteUrl('/')).origin;
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(requests.map((url) => new URL(url).pathname)).toContain('/pagefind/pagefind.js');
    expect(requests.filter((url) => url.includes('worker'))).toEqual([]);
    await page.context().close();
  });

  it('never scrolls sideways on a 320 px wide phone', async () => {
    const { page } = await search('Belarus', { viewport: { width: 320, height: 640 } });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await page.screenshot({ path: artifactPath('search-320.png'), fullPage: true });
    expect(overflow).toBe(0);
    await page.context().close();
  });
});

describe('the search page with JavaScript turned off', () => {
  it('says search needs JavaScript and offers the topic and archive indexes instead of a form that cannot work', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(siteUrl('/search/?q=counterproductive'));
    expect(await page.getByText('Search runs in your browser and needs JavaScript').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'by topic' }).getAttribute('href')).toBe('/topics/');
    expect(await page.getByRole('link', { name: 'by date, in the archive' }).getAttribute('href')).toBe('/archive/');
    expect(await page.locator('form[data-search]').isHidden()).toBe(true);
    await page.context().close();
  });

  it('hides that explanation when JavaScript runs', async () => {
    const { page } = await search('counterproductive');
    expect(await page.getByText('Search runs in your browser and needs JavaScript').isHidden()).toBe(true);
    expect(await page.locator('main').getByRole('search').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe.each(['light', 'dark'] as const)('the search page in the %s theme', (colorScheme) => {
  it.each([
    ['with results', 'counterproductive'],
    ['with none', 'trackers'],
  ])('has no WCAG 2.2 AA violation that axe finds, %s', async (_, query) => {
    const { page } = await search(query, { colorScheme });
    // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      type Violation = { id: string; nodes: { target: unknown[] }[] };
      const axe = (
        window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
