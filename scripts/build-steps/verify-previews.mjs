// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';

/**
 * @typedef {object} PageHeadFacts  what a page's <head> says about its address and preview
 * @property {string | undefined} canonical
 * @property {string | undefined} robots
 * @property {{ tag: string, url: string }[]} urls  every URL previews and search engines will fetch
 * @property {{ url: string, width: number, height: number } | undefined} ogImage
 */

/**
 * Reads the canonical URL, robots, Open Graph / Twitter URLs and JSON-LD URLs of one page.
 * @param {string} html
 * @returns {PageHeadFacts}
 */
export function readHeadFacts(html) {
  const tree = fromHtml(html);
  /** @type {PageHeadFacts} */
  const facts = { canonical: undefined, robots: undefined, urls: [], ogImage: undefined };
  /** @type {Record<string, string>} */
  const meta = {};
  /** @param {any} node */
  const walk = (node) => {
    if (node.type === 'element') {
      const p = node.properties ?? {};
      if (node.tagName === 'link' && Array.isArray(p.rel) && p.rel.includes('canonical'))
        facts.canonical = String(p.href);
      if (node.tagName === 'meta') {
        const key = String(p.property ?? p.name ?? '');
        if (key && p.content !== undefined) meta[key] ??= String(p.content);
      }
      if (node.tagName === 'script' && p.type === 'application/ld+json') {
        const text = node.children.map((/** @type {any} */ child) => child.value ?? '').join('');
        collectJsonLdUrls(JSON.parse(text), 'JSON-LD', facts.urls);
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  facts.robots = meta.robots;
  if (facts.canonical !== undefined) facts.urls.push({ tag: 'link rel=canonical', url: facts.canonical });
  for (const tag of ['og:url', 'og:image', 'twitter:image'])
    if (meta[tag] !== undefined) facts.urls.push({ tag, url: meta[tag] });
  if (meta['og:image'] !== undefined) {
    facts.ogImage = {
      url: meta['og:image'],
      width: Number(meta['og:image:width']),
      height: Number(meta['og:image:height']),
    };
  }
  return facts;
}

/**
 * Our own URLs in structured data: `url`, `@id` and `image` values, but not what `isBasedOn` credits,
 * which is the original publisher's.
 * @param {unknown} value @param {string} where @param {{ tag: string, url: string }[]} into
 */
function collectJsonLdUrls(value, where, into) {
  if (Array.isArray(value)) value.forEach((item) => collectJsonLdUrls(item, where, into));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'isBasedOn') continue;
      const isUrlKey = key === 'url' || key === '@id' || key === 'image';
      const strings = [inner].flat().filter((item) => typeof item === 'string');
      if (isUrlKey && strings.length > 0) strings.forEach((url) => into.push({ tag: `${where} ${key}`, url }));
      else collectJsonLdUrls(inner, `${where} ${key}`, into);
    }
  }
}

/** @param {string} hostname */
const isLocal = (hostname) => hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';

/**
 * The width and height of a PNG, from its IHDR chunk; undefined when the bytes are not a PNG.
 * @param {Uint8Array} bytes
 */
export function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The width and height of a JPEG, from its first start-of-frame segment; undefined when the bytes are
 * not a JPEG.
 * @param {Uint8Array} bytes
 */
export function jpegSize(bytes) {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return undefined;
}

/**
 * Every problem with one page's addresses and preview, each naming the tag and the fix. A page
 * that is indexable needs a canonical URL; every URL must be absolute, and with a real SITE_URL
 * it must be on SITE_URL (or, for photos, on the image service at `imageOrigin`); the share image must
 * exist in out/ at the size the page declares, unless the image service makes it on request.
 * @param {{ page: string, html: string, siteUrl: string, outDir: string, requireCanonical: boolean, imageSize?: { width: number, height: number }, imageOrigin?: string }} input
 * @returns {string[]}
 */
export function previewProblems({ page, html, siteUrl, outDir, requireCanonical, imageSize, imageOrigin }) {
  const site = new URL(siteUrl);
  const facts = readHeadFacts(html);
  const problems = [];
  if (requireCanonical && facts.canonical === undefined) {
    problems.push(`${page}: link rel=canonical is missing; give the page alternates.canonical in its metadata`);
  }
  for (const { tag, url } of facts.urls) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${page}: ${tag} "${url}" is not an absolute URL; build it with absoluteUrl() from lib/urls.ts`);
      continue;
    }
    const isPhoto = /image/.test(tag);
    if (!isLocal(site.hostname) && parsed.origin !== site.origin && !(isPhoto && parsed.origin === imageOrigin)) {
      problems.push(
        `${page}: ${tag} "${url}" is not on SITE_URL ${site.origin}${isLocal(parsed.hostname) ? ' (it points at this machine)' : ''}; build it with absoluteUrl() from lib/urls.ts`,
      );
    }
  }
  if (
    facts.ogImage &&
    imageOrigin &&
    URL.canParse(facts.ogImage.url) &&
    new URL(facts.ogImage.url).origin === imageOrigin
  ) {
    // The image service makes it on request, at the size its URL asks for: only the size is checked here.
    const { width, height } = facts.ogImage;
    if (imageSize && (width !== imageSize.width || height !== imageSize.height))
      problems.push(
        `${page}: og:image is ${width}×${height}; share images must be ${imageSize.width}×${imageSize.height}`,
      );
  } else if (facts.ogImage) {
    const { url, width, height } = facts.ogImage;
    const pathname = URL.canParse(url) ? new URL(url).pathname : url;
    const file = path.join(outDir, decodeURIComponent(pathname));
    const bytes = existsSync(file) ? readFileSync(file) : undefined;
    const size = bytes && (pngSize(bytes) ?? jpegSize(bytes));
    if (!existsSync(file))
      problems.push(
        `${page}: og:image "${url}" has no file in out/ (${pathname}); check the image route's generateStaticParams and the photo step`,
      );
    else if (!size) problems.push(`${page}: og:image "${url}" is not a PNG or JPEG`);
    else if (size.width !== width || size.height !== height) {
      problems.push(
        `${page}: og:image is ${size.width}×${size.height} but the page declares ${width}×${height}; make them agree`,
      );
    }
    if (imageSize && (width !== imageSize.width || height !== imageSize.height)) {
      problems.push(
        `${page}: og:image is ${width}×${height}; share images must be ${imageSize.width}×${imageSize.height}`,
      );
    }
  }
  return problems;
}
