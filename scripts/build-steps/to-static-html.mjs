// @ts-check
import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import { searchMarks } from './search-marks.mjs';

/** Strings that only Next.js's client runtime puts into a page. None may survive. */
export const FRAMEWORK_MARKERS = ['/_next/', '__next', 'TURBOPACK', '$Sreact'];

/**
 * @typedef {object} StaticHtmlOptions
 * @property {(href: string) => string} readCss  returns the CSS of a stylesheet Next linked
 * @property {string} [iconDataUrl]  the favicon as a data: URL, so a saved page needs no other file
 * @property {string} [enhanceScript]  the progressive-enhancement script, inlined at the end of pages that use it
 * @property {boolean} [searchable]  whether search indexes the page (the page table's articles): it gets the search marks
 * @property {string} [liveScript]  a live story's own script (client/live.ts), inlined after it on live stories' pages (`data-live`)
 */

/**
 * Turns one page exported by Next.js into plain HTML and CSS: every framework <script>, script
 * preload and RSC payload removed, linked stylesheets inlined into one <style>, comments dropped.
 * JSON-LD blocks stay (data, not code). <html lang> becomes the language the page's frame names
 * (`data-page-language`, then removed). Throws when a framework marker is still left, so a Next.js
 * upgrade that changes its output fails the build instead of shipping the runtime, and when content
 * was streamed into a hidden Suspense boundary, which without the runtime would never be shown.
 * @param {string} html
 * @param {StaticHtmlOptions} options
 * Also returns the hashes of its inline style and scripts for the Content-Security-Policy. A `searchable`
 * page gets the marks that tell search what to index (search-marks.mjs).
 * @returns {{ html: string, styleHashes: string[], scriptHashes: string[] }}
 */
export function toStaticHtml(html, { readCss, iconDataUrl, enhanceScript, liveScript, searchable = false }) {
  const tree = fromHtml(html);
  /** @type {string[]} */
  const css = [];
  let head = /** @type {import('hast').Element | undefined} */ (undefined);
  let body = /** @type {import('hast').Element | undefined} */ (undefined);
  let root = /** @type {import('hast').Element | undefined} */ (undefined);
  /** @type {string[]} */
  const languages = [];
  let enhanced = false;
  let live = false;
  /** @type {string[]} */
  const streamed = [];

  visit(tree, (node, index, parent) => {
    if (node.type === 'comment' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type !== 'element') return undefined;
    if (searchable) Object.assign(node.properties, searchMarks(node, parent)); // see search-marks.mjs
    if (node.tagName === 'head') head = node;
    if (node.tagName === 'html') root = node;
    if (typeof node.properties.dataPageLanguage === 'string') {
      languages.push(node.properties.dataPageLanguage);
      delete node.properties.dataPageLanguage;
    }
    if (node.tagName === 'body') body = node;
    if (node.properties.dataEnhance !== undefined) enhanced = true;
    if (node.properties.dataLive !== undefined) live = true;
    const remove = () => {
      if (!parent || index === undefined) return undefined;
      parent.children.splice(index, 1);
      return /** @type {[typeof SKIP, number]} */ ([SKIP, index]);
    };
    if (node.tagName === 'script' && node.properties.type !== 'application/ld+json') return remove();
    if (node.tagName === 'link') {
      const rel = String(node.properties.rel ?? '');
      const href = String(node.properties.href ?? '');
      if (/preload/.test(rel) && node.properties.as !== 'image') return remove();
      if (rel === 'stylesheet' && href.startsWith('/_next/')) {
        css.push(readCss(href));
        return remove();
      }
      if (rel === 'icon' && iconDataUrl && !href.startsWith('data:')) node.properties.href = iconDataUrl;
    }
    // React leaves an empty hidden <div> where its streaming boundaries were.
    if (node.tagName === 'div' && node.properties.hidden !== undefined && isBlank(node)) return remove();
    // A boundary that was still pending when the page was written: its content waits in a hidden
    // <div id="S:n"> for a script (now removed) to swap it in for the fallback.
    if (node.tagName === 'div' && node.properties.hidden !== undefined && /^S:/.test(String(node.properties.id))) {
      streamed.push(String(node.properties.id));
    }
    return undefined;
  });

  if (!head) throw new Error('the page has no <head>');
  if (streamed.length > 0) {
    throw new Error(
      `content was left in a hidden streamed Suspense boundary (${streamed.join(', ')}) with its fallback shown in its place: render the page without suspending (no pending use() or async component under <Suspense>, no loading.tsx)`,
    );
  }
  // Every page says its language on its <main> (components/PageFrame.tsx); the shared root layout cannot.
  if (languages.length !== 1)
    throw new Error(
      `the page names ${languages.length} languages on data-page-language; render it inside one <PageFrame language=…>`,
    );
  if (root) /** @type {import('hast').Element} */ (root).properties.lang = languages[0];
  const style = [...new Set(css)].join('\n');
  /** @type {import('hast').Element[]} */
  const added = [];
  if (style) added.push(element('style', {}, style));
  /** @type {import('hast').Element} */ (head).children.push(...added);
  // The script is inline, last in the body: a separate file would be one more request before the page
  // counts as painted on a slow phone (Lighthouse's LCP), for under a kilobyte.
  const scripts = [enhanced && enhanceScript ? enhanceScript : '', live && liveScript ? liveScript : ''].filter(
    Boolean,
  );
  for (const script of scripts) {
    if (!body) throw new Error('the page has no <body>');
    /** @type {import('hast').Element} */ (body).children.push(element('script', {}, script));
  }

  const output = toHtml(tree);
  const left = markersInMarkup(tree);
  if (left.length > 0) {
    throw new Error(
      `Next.js runtime left in the page after stripping (${left.join(', ')}): update scripts/build-steps/to-static-html.mjs for the new Next.js output`,
    );
  }
  return {
    html: output,
    styleHashes: style ? [sha256(style)] : [],
    scriptHashes: scripts.map(sha256),
  };
}

/** @param {string} text @returns {string} a CSP source expression for an inline block */
export function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

// Attributes whose value is a URL: the framework's own files are under /_next/ on the site itself.
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcSet', 'poster', 'action', 'formAction', 'data', 'imageSrcSet']);
// Attributes that only the framework's markup fills: what the reader reads (text, alt, title, content,
// labels, the data-* our components copy and share) may mention "/_next/" or "__next" in an article.
const MARKUP_ATTRIBUTES = new Set(['id', 'className', 'name', 'httpEquiv', 'as', 'rel', 'blocking']);

/**
 * The framework markers still in a page's markup: script and style text (JSON-LD is data), URLs on the
 * site, ids, classes and attribute names. Reader text is not looked at, so an article about web
 * frameworks builds.
 * @param {import('hast').Root} tree
 * @returns {string[]}
 */
function markersInMarkup(tree) {
  /** @type {Set<string>} */
  const found = new Set();
  const scan = (/** @type {string} */ text) => {
    for (const marker of FRAMEWORK_MARKERS) if (text.includes(marker)) found.add(marker);
  };
  visit(tree, 'element', (node) => {
    if ((node.tagName === 'script' && node.properties.type !== 'application/ld+json') || node.tagName === 'style') {
      scan(toHtml(node.children));
    }
    for (const [name, value] of Object.entries(node.properties)) {
      scan(name);
      const values = (Array.isArray(value) ? value : [value]).map(String);
      if (MARKUP_ATTRIBUTES.has(name)) values.forEach(scan);
      if (URL_ATTRIBUTES.has(name)) {
        for (const url of values.flatMap((v) => v.split(/[\s,]+/))) if (url.startsWith('/_next/')) found.add('/_next/');
      }
    }
  });
  return [...found];
}

/** @param {import('hast').Element} node */
function isBlank(node) {
  return node.children.every((child) => child.type === 'comment' || (child.type === 'text' && !child.value.trim()));
}

/**
 * @param {string} tagName
 * @param {import('hast').Properties} properties
 * @param {string} [text]
 * @returns {import('hast').Element}
 */
function element(tagName, properties, text) {
  return { type: 'element', tagName, properties, children: text ? [{ type: 'text', value: text }] : [] };
}
