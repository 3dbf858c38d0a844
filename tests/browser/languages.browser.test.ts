import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from '../helpers/chromium';
import { siteUrl } from '../helpers/site';

const browser = setUpBrowser();

const STORY = [
  { language: 'en', path: '/news/russia-once-again-speaks-about-nato-threat-for-russia-and-belarus/' },
  { language: 'be', path: '/news/lukashenka-sustreusia-z-shojhu/' },
  { language: 'ru', path: '/news/shoigu-v-minske/' },
];
const NAMES: Record<string, string> = { be: 'Беларуская', en: 'English', ru: 'Русский' };

const catalogue = (language: string) =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, `../../lib/i18n/catalogues/${language}.json`), 'utf8'),
  ) as Record<string, string | Record<string, string>>;

/**
 * The words of every English message that the other language says differently: each message cut at its
 * placeholders, keeping pieces with a word in Latin letters ("Cite this article", "min read", "By").
 */
function englishWords(language: string): string[] {
  const english = catalogue('en');
  const other = catalogue(language);
  const texts = (message: string | Record<string, string> | undefined) =>
    message === undefined ? [] : typeof message === 'string' ? [message] : Object.values(message);
  return Object.entries(english)
    .filter(([key]) => !key.startsWith('locale.') && key !== 'language.name')
    .flatMap(([key, message]) => {
      const theirs = new Set(texts(other[key]));
      return texts(message).filter((text) => !theirs.has(text));
    })
    .flatMap((text) => text.split(/\{\w+\}/))
    .map((piece) => piece.trim())
    .filter((piece) => /[A-Za-z]{2,}/.test(piece));
}

describe('one story in three languages', () => {
  it.each(STORY)(
    'the $language version is wholly in its language, with a switch to the others',
    async ({ language, path }) => {
      const page = await browser.open();
      await page.goto(siteUrl(path));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      const switchLinks = await page.locator('.article-header .language-switch a').evaluateAll((links) =>
        links.map((a) => ({
          text: a.textContent,
          lang: a.getAttribute('lang'),
          hreflang: a.getAttribute('hreflang'),
          href: new URL((a as HTMLAnchorElement).href).pathname,
          current: a.getAttribute('aria-current'),
        })),
      );
      expect(switchLinks).toEqual(
        [...STORY]
          .sort((a, b) => (a.language < b.language ? -1 : 1))
          .map((version) => ({
            text: NAMES[version.language],
            lang: version.language,
            hreflang: version.language,
            href: version.path,
            current: version.language === language ? 'page' : null,
          })),
      );
      await page.context().close();
    },
  );

  it('follows the switch from the Russian version to the Belarusian one', async () => {
    const page = await browser.open();
    await page.goto(siteUrl('/news/shoigu-v-minske/'));
    await page.locator('.article-header .language-switch a[hreflang="be"]').click();
    await page.waitForURL(/lukashenka-sustreusia-z-shojhu/);
    expect(await page.locator('h1').textContent()).toBe('Лукашэнка сустрэўся з Шойгу ў Мінску');
    await page.context().close();
  });
});

describe.each([
  ['be', ['/be/', '/news/lukashenka-sustreusia-z-shojhu/', '/be/authors/zmitser-mitskevich/', '/be/topics/belarus/']],
  ['ru', ['/ru/', '/news/shoigu-v-minske/', '/ru/authors/test-author/', '/ru/topics/nato/']],
] as const)('the %s edition', (language, paths) => {
  const words = englishWords(language);

  it.each(paths)('shows no English interface text on %s, with script on and off', async (pathname) => {
    expect(words).toContain('Cite this article');
    for (const javaScriptEnabled of [true, false]) {
      const page = await browser.open({ javaScriptEnabled });
      await page.goto(siteUrl(pathname));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      const shown = await page.evaluate(() =>
        [
          document.title,
          document.body.innerText,
          ...[...document.querySelectorAll('[aria-label], [alt], [title]')].flatMap((element) =>
            ['aria-label', 'alt', 'title'].map((name) => element.getAttribute(name) ?? ''),
          ),
        ].join('\n'),
      );
      const found = words.filter((word) =>
        new RegExp(`(^|[^A-Za-z])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`).test(shown),
      );
      expect(found, `${pathname} (script ${javaScriptEnabled ? 'on' : 'off'})`).toEqual([]);
      await page.context().close();
    }
  });
});

describe('the Belarusian article, read and cited', () => {
  it('dates, times and cites in Belarusian, the access date filled in the language too', async () => {
    const page = await browser.open();
    await page.goto(siteUrl('/news/lukashenka-sustreusia-z-shojhu/'));
    const meta = await page.locator('.article-header .dateline').innerText();
    expect(meta).toContain('24 кастрычніка 2018');
    expect(meta).toContain('1 хвіліна чытання');
    expect(await page.locator('.article-header .byline').innerText()).toBe('Аўтар: Зміцер Міцкевіч');
    const citation = await page.locator('#cite-plain').innerText();
    expect(citation).toContain(
      'Зміцер Міцкевіч, «Лукашэнка сустрэўся з Шойгу ў Мінску», The Minsk Dispatch, 24 кастрычніка 2018 г.',
    );
    const months = [
      'студзеня',
      'лютага',
      'сакавіка',
      'красавіка',
      'мая',
      'чэрвеня',
      'ліпеня',
      'жніўня',
      'верасня',
      'кастрычніка',
      'лістапада',
      'снежня',
    ];
    expect(citation).toMatch(new RegExp(`Дата звароту: \\d{1,2} (${months.join('|')}) \\d{4} г\\.`));
    await page.context().close();
  });

  it('names both authors of the Russian version, joined the Russian way', async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    await page.goto(siteUrl('/news/shoigu-v-minske/'));
    expect(await page.locator('.article-header .byline').innerText()).toBe('Авторы: Дмитрий Мицкевич и Тестовый Автор');
    expect(
      await page.locator('.article-header .byline a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(['/ru/authors/zmitser-mitskevich/', '/ru/authors/test-author/']);
    await page.context().close();
  });
});
