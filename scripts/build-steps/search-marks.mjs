// @ts-check
import { SKIP, visit } from 'unist-util-visit';
// What Pagefind indexes (scripts/build-steps/search-index.mjs reads the finished pages): the article's
// headline, standfirst, byline, body and topics. Nothing else: once one page has `data-pagefind-body`,
// Pagefind skips every page without it, so lists, the home page and /search/ itself stay out, and
// navigation and the site's header and footer lie outside the article.
//
// Pagefind always leaves out <nav> and <footer>, and the article's topics are a <nav> in its footer:
// their names are copied onto the article's body as an attribute that Pagefind indexes
// (`data-pagefind-index-attrs`), so an article is found by its topics too.
//
// The attributes are added here, while the build rewrites each page, rather than in the components:
// the components keep to markup, and what search reads is written down in one place. The selectors are
// the article's class names; tests/browser/search.browser.test.ts fails if a rename leaves nothing indexed.

/**
 * The parts of an article that are not its words: the dateline (its date is the result's own, see
 * below), the ¶ links, and in its footer the credit, citation, sharing and print permalink.
 */
const IGNORED_CLASSES = ['dateline', 'para-link', 'attribution', 'cite', 'share', 'print-permalink', 'topics-title'];

/**
 * The `data-pagefind-*` attributes one element of a page gets, as hast properties (empty when none):
 * `data-pagefind-body` on `<article class="article">`, the headline as the result's title, the
 * published date (the first `<time>` of the dateline) as its `date`, and `data-pagefind-ignore` on
 * the parts of the article that repeat or surround it rather than say it, and the topics' names on
 * the article's body (`data-search-topics`, indexed through `data-pagefind-index-attrs`).
 * @param {import('hast').Element} node
 * @param {import('hast').Parents | undefined} parent
 * @returns {import('hast').Properties}
 */
export function searchMarks(node, parent) {
  const classes = classList(node);
  // A live story is found by its first page; its later pages (`live-later`) are the same story.
  if (node.tagName === 'article' && classes.includes('article') && !classes.includes('live-later'))
    return { dataPagefindBody: '' };
  if (node.tagName === 'h1') return { dataPagefindMeta: 'title' };
  if (
    node.tagName === 'time' &&
    parent?.type === 'element' &&
    classList(parent).includes('dateline') &&
    parent.children.find((child) => child.type === 'element') === node
  ) {
    return { dataPagefindMeta: 'date[datetime]' };
  }
  if (classes.some((name) => IGNORED_CLASSES.includes(name))) return { dataPagefindIgnore: '' };
  if (classes.includes('article-body') && parent?.type === 'element' && classList(parent).includes('article')) {
    const topics = topicNames(parent);
    if (topics.length > 0) return { dataSearchTopics: topics.join(', '), dataPagefindIndexAttrs: 'data-search-topics' };
  }
  return {};
}

/** @param {import('hast').Element} article @returns {string[]} the names its topic list links to */
function topicNames(article) {
  /** @type {string[]} */
  const names = [];
  visit(article, 'element', (node) => {
    if (node.tagName !== 'nav' || !classList(node).includes('topics')) return;
    visit(node, 'element', (link) => {
      if (link.tagName === 'a') names.push(textOf(link).trim());
    });
    return SKIP;
  });
  return names.filter(Boolean);
}

/** @param {import('hast').Element} node @returns {string[]} */
function classList(node) {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/** @param {import('hast').ElementContent} node @returns {string} its text */
function textOf(node) {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}
