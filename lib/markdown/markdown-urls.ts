import { imageSourceProblem } from '../images/image-source';

// What the sanitizer (hast-util-sanitize, GitHub's schema) keeps: a link whose scheme, written exactly
// in lowercase, is one of these; anything else loses its href without a word. We say it out loud.
const LINK_SCHEMES = ['http', 'https', 'mailto', 'irc', 'ircs', 'xmpp'];
const SITE = 'https://site.invalid';

/** Why a link or image address would not be published as written, or undefined when it would. */
export type UrlProblem = Readonly<{ found: string; fix: string }>;

/**
 * The scheme a browser would see: tabs, newlines and control characters are ignored by URL parsing
 * (`java&#x09;script:` is `javascript:`), and schemes are case-insensitive.
 */
function browserScheme(url: string): string | undefined {
  const squashed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(squashed)?.[1];
}

/** The scheme as the sanitizer reads it: text before the first colon, unless a /, ? or # comes first. */
function sanitizerScheme(url: string): string | undefined {
  const colon = url.indexOf(':');
  if (colon < 0) return undefined;
  const before = url.slice(0, colon);
  return /[/?#]/.test(before) ? undefined : before;
}

const SCRIPTED = new Set(['javascript', 'vbscript', 'data']);

/** Checks the address of a link or a link definition (`[label]: address`). */
export function checkLinkUrl(url: string, what: string): UrlProblem | undefined {
  const found = `${what} ${JSON.stringify(url)}`;
  const scheme = browserScheme(url);
  if (scheme !== undefined && SCRIPTED.has(scheme)) {
    return {
      found,
      fix: 'javascript:, vbscript: and data: addresses run code or hide content and are never published; link to a web page (https://…) or remove the link',
    };
  }
  const written = sanitizerScheme(url);
  if (written === undefined || LINK_SCHEMES.includes(written)) return undefined;
  if (LINK_SCHEMES.includes(written.toLowerCase())) {
    return {
      found,
      fix: `write the start of the address in lowercase, "${written.toLowerCase()}:"; as written the link would be dropped`,
    };
  }
  return {
    found,
    fix: 'only https://, http:// and mailto: links, or paths on this site such as /news/slug/, are published; as written the link would be dropped',
  };
}

/**
 * Checks an image address: an original in the content folder's `images/` (`images/x.jpg`), which the
 * build turns into published photos; never another server, which would learn who reads the article
 * (a tracking pixel).
 */
export function checkImageUrl(url: string): UrlProblem | undefined {
  const found = `image ${JSON.stringify(url)}`;
  const scheme = browserScheme(url);
  if (scheme !== undefined && SCRIPTED.has(scheme)) {
    return {
      found,
      fix: 'javascript:, vbscript: and data: images are never published; save the photo in content/images/ and write images/name.jpg',
    };
  }
  if (url.startsWith('/') && !sameSite(url)) {
    return {
      found,
      fix: "photos are published from the newsroom's own files, never loaded from another address: save it in content/images/ and write images/<file>, e.g. images/shoigu-in-minsk.jpg",
    };
  }
  const fix = imageSourceProblem(url);
  return fix === undefined ? undefined : { found, fix };
}

// `/\evil.example/x.gif` and `/<tab>/evil.example` start with a slash but a browser loads them from another host.
function sameSite(url: string): boolean {
  try {
    return new URL(url, SITE).origin === SITE && !/^\/[\\/]/.test(url.replace(/[\t\n\r]/g, ''));
  } catch {
    return false;
  }
}
