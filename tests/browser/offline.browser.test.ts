import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from '../helpers/chromium';
import { foldSpace, seedSentences } from '../helpers/seed';
import { ARTICLE_PATH, siteUrl } from '../helpers/site';

const browser = setUpBrowser();

describe('a saved copy of the article page', () => {
  it('is one file that reads completely, styled, with no network at all', async () => {
    const html = await (await fetch(siteUrl(ARTICLE_PATH))).text();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'saved-')), 'article.html');
    writeFileSync(file, html);

    const page = await browser.open({ offline: true });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) requests.push(request.url());
    });
    await page.goto(pathToFileURL(file).href);
    const text = foldSpace(await page.locator('article').innerText());
    expect(seedSentences().filter((sentence) => !text.includes(sentence))).toEqual([]);
    const measure = await page.locator('main').evaluate((main) => getComputedStyle(main).maxWidth);
    expect(measure).not.toBe('none');
    expect(requests).toEqual([]);
    await page.context().close();
  });
});
