import { getEditionLanguages, getSiteFile, getSitePages } from '../articles';
import type { Policy } from '../content/newsroom-settings';
import { SECURITY_TXT_PATH, toSecurityTxt } from '../metadata/security-txt';
import type { Publisher } from '../metadata/structured-data';
import { site } from '../site-config';
import { aboutPath, absoluteUrl, editionPath } from '../urls';

/**
 * Who publishes the site, for the structured data of the pages of the edition in `language`: its name,
 * the edition's front page, the newsroom's address (site.yml's `contact`) and each policy site.yml names,
 * as the URL of the page stating it in `language` (in the default edition's language where it has no
 * version in `language`; left out where it has neither, so no URL leads nowhere).
 */
export function toPublisher(language: string): Publisher {
  const { policies, contact } = getSiteFile();
  const published = getSitePages().filter((page) => getEditionLanguages().includes(page.language));
  const pageUrl = (id: string) => {
    const version = [language, site.defaultLanguage].find((candidate) =>
      published.some((page) => page.id === id && page.language === candidate),
    );
    return version === undefined ? undefined : absoluteUrl(aboutPath(version, id));
  };
  const urls = Object.entries(policies).flatMap(([policy, id]) => {
    const url = id === undefined ? undefined : pageUrl(id);
    return url === undefined ? [] : [[policy as Policy, url] as const];
  });
  return {
    name: site.name,
    url: absoluteUrl(editionPath(language)),
    policies: Object.fromEntries(urls),
    ...(contact ? { email: contact } : {}),
  };
}

/**
 * This build's /.well-known/security.txt: site.yml's `contact` address and the default edition's contact
 * page (content/pages/contact.<language>.md), expiring six to seven months after `now` (BUILD_TIME, lib/metadata/security-txt.ts); undefined
 * for a site without an address, which publishes none.
 */
export function siteSecurityTxt(now: Date): string | undefined {
  const { contact } = getSiteFile();
  if (!contact) return undefined;
  const language = site.defaultLanguage;
  const page = getSitePages().some(({ id, language: written }) => id === 'contact' && written === language);
  return toSecurityTxt({
    siteName: site.name,
    contact,
    contactPage: page ? absoluteUrl(aboutPath(language, 'contact')) : undefined,
    now,
    languages: getEditionLanguages(),
    canonical: absoluteUrl(SECURITY_TXT_PATH),
  });
}
