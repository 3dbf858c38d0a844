// /.well-known/security.txt (RFC 9116): where to report a security problem with the site, renewed by every build.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the file is served; the build writes it below public/, which Next copies into out/. */
export const SECURITY_TXT_PATH = '/.well-known/security.txt';

/**
 * How many months after the build's month the file says it holds, to the first of that month: six to
 * seven months, less than the year RFC 9116 asks for. A whole month, so builds within a month write
 * the same bytes and a build with nothing else to publish has nothing to write.
 */
export const SECURITY_TXT_MONTHS = 7;

type SecurityTxt = Readonly<{
  siteName: string;
  /** The newsroom's e-mail address (site.yml's `contact`). */
  contact: string;
  /** The absolute URL of the newsroom's contact page, when it has one. */
  contactPage?: string | undefined;
  /** The build's moment (BUILD_TIME): the file expires on the first of the month SECURITY_TXT_MONTHS later. */
  now: Date;
  /** The site's editions, the default first. */
  languages: readonly string[];
  /** The file's own absolute URL. */
  canonical: string;
}>;

const isHttps = (url: string | undefined): url is string => url?.startsWith('https://') ?? false;

/**
 * The text of security.txt: the address (and the contact page) as `Contact:`, `Expires:` six to seven
 * months after the build (the first of a month, UTC), the editions' languages, and its own URL as `Canonical:`. RFC 9116 allows web
 * addresses only over https: a site built for http (on this machine) names its e-mail address alone.
 */
export function toSecurityTxt({ siteName, contact, contactPage, now, languages, canonical }: SecurityTxt): string {
  const expires = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + SECURITY_TXT_MONTHS, 1));
  return [
    `# ${siteName}: where to report a security problem with this site (RFC 9116).`,
    `Contact: mailto:${contact}`,
    ...(isHttps(contactPage) ? [`Contact: ${contactPage}`] : []),
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    `Preferred-Languages: ${languages.join(', ')}`,
    ...(isHttps(canonical) ? [`Canonical: ${canonical}`] : []),
    '',
  ].join('\n');
}

/** Writes `text` as security.txt below `publicDir`, or removes the file a site without an address must not keep. */
export function writeSecurityTxt(publicDir: string, text: string | undefined): void {
  const file = path.join(publicDir, SECURITY_TXT_PATH);
  if (text === undefined) {
    rmSync(file, { force: true });
    return;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
