/** Site-wide settings, read once from the environment and validated. */
export type SiteConfig = Readonly<{
  /** The site's name, shown in the header, titles and previews. */
  name: string;
  /** Absolute origin the site is served from, without a trailing slash, e.g. https://news.example.org */
  url: string;
  /** The language of the site's own words (navigation, footer). */
  language: string;
  /** How many articles the home, author and topic pages list before "Older articles" leads on. */
  listPageSize: number;
}>;

export const DEFAULT_LIST_PAGE_SIZE = 20;

/**
 * Reads SITE_URL (default http://localhost:3000), SITE_NAME and LIST_PAGE_SIZE. Throws with the fix
 * when SITE_URL is not an absolute http(s) origin or LIST_PAGE_SIZE is not a whole number from 1.
 */
export function readSiteConfig(env: Readonly<Record<string, string | undefined>> = process.env): SiteConfig {
  const raw = env.SITE_URL?.trim() || 'http://localhost:3000';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL: "${raw}" is not a web address; set it to the site's origin, e.g. https://news.example.org`,
    );
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL: "${raw}" must be an http(s) origin with no path, e.g. https://news.example.org`);
  }
  return {
    name: env.SITE_NAME?.trim() || 'The Minsk Dispatch',
    url: url.origin,
    language: 'en',
    listPageSize: readListPageSize(env.LIST_PAGE_SIZE),
  };
}

function readListPageSize(raw: string | undefined): number {
  const value = raw?.trim();
  if (!value) return DEFAULT_LIST_PAGE_SIZE;
  if (!/^[1-9]\d{0,4}$/.test(value)) {
    throw new Error(
      `LIST_PAGE_SIZE: "${value}" is not a number of articles; set it to a whole number such as ${DEFAULT_LIST_PAGE_SIZE}, or leave it unset`,
    );
  }
  return Number(value);
}

/** The configuration of this build. */
export const site: SiteConfig = readSiteConfig();
