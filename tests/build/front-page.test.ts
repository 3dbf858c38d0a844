// The front page's hierarchy and sections, read from the fixture site (two articles a list page;
// tests/fixtures/site/site.yml features belarus, nato and media).
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { readOut } from '../helpers/out';

const page = (file: string) => fromHtml(readOut(file));

/** Elements matching a tiny selector: `.class` or `tag`, each step a descendant of the one before. */
function selectAll(selector: string, root: Root | Element): Element[] {
  let found: (Root | Element)[] = [root];
  for (const step of selector.split(' ')) {
    const next: Element[] = [];
    const matches = (element: Element) =>
      step.startsWith('.')
        ? ((element.properties.className as string[] | undefined) ?? []).includes(step.slice(1))
        : element.tagName === step;
    const walk = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (matches(child) && !next.includes(child)) next.push(child);
        walk(child);
      }
    };
    found.forEach(walk);
    found = next;
  }
  return found as Element[];
}
const select = (selector: string, root: Root | Element) => selectAll(selector, root)[0];
const toString = (node: Element): string =>
  node.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? toString(child) : ''))
    .join('');
const hrefs = (root: Root | Element, selector: string) =>
  selectAll(selector, root).map((node) => String(node.properties.href));

describe('the English front page', () => {
  const home = page('index.html');

  it('leads with the newest story, large, then the next as a secondary story', () => {
    expect(hrefs(home, '.lead-story h2 a')).toEqual(['/news/hostile-front-matter/']);
    expect(hrefs(home, '.secondary-stories h2 a')).toEqual([
      '/news/russia-once-again-speaks-about-nato-threat-for-russia-and-belarus/',
    ]);
    expect(selectAll('h1', home)).toHaveLength(1);
  });

  it('features the sections site.yml names that have stories not already on the page, each linked to its topic page', () => {
    const sections = selectAll('.front-section', home).map((section) => ({
      heading: toString(select('h2', section)!),
      link: String(select('h2 a', section)!.properties.href),
      stories: hrefs(section, 'li a'),
      more: toString(select('.section-more', section)!),
    }));
    // NATO's and Media's stories are all shown above them (the lead, the secondary story, Belarus's
    // section), so those sections are left out; the header still links them.
    expect(sections).toEqual([
      {
        heading: 'Belarus',
        link: '/topics/belarus/',
        stories: ['/news/moved-article/', '/news/markdown-constructs/', '/news/nato-drills-near-poland/'],
        more: 'More on Belarus',
      },
    ]);
  });

  it('shows no story twice', () => {
    const stories = [...hrefs(home, 'main h2 a'), ...hrefs(home, '.front-section li a')].filter((href) =>
      href.startsWith('/news/'),
    );
    expect(stories.length).toBeGreaterThan(0);
    expect(new Set(stories).size).toBe(stories.length);
  });

  it('puts the sections in the header of every page, in the page’s language', () => {
    expect(hrefs(home, '.site-header .section-nav a')).toEqual(['/topics/belarus/', '/topics/nato/', '/topics/media/']);
    const be = page('news/lukashenka-sustreusia-z-shojhu/index.html');
    expect(selectAll('.site-header .section-nav a', be).map((a) => [toString(a), a.properties.href])).toEqual([
      ['Беларусь', '/be/topics/belarus/'],
    ]);
    expect(String(select('.section-nav', be)!.properties.ariaLabel)).toBe('Рубрыкі');
  });
});

describe('another edition’s front page', () => {
  it('leads with its own newest story, in its own language', () => {
    const ru = page('ru/index.html');
    expect(hrefs(ru, '.lead-story h2 a')).toEqual(['/news/shoigu-v-minske/']);
    expect(toString(select('.lead-story .byline', ru)!)).toBe('Авторы: Дмитрий Мицкевич и Тестовый Автор');
  });
});
