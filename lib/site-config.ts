import { readImageService } from './images/image-service';
import { siteLanguages } from './i18n/languages';

/** Site-wide settings, read once from the environment and validated. */
export type SiteConfig = Readonly<{
  /** The site's name, shown in the header, titles and previews. */
  name: string;
  /** Absolute origin the site is served from, without a trailing slash, e.g. https://news.example.org */
  url: string;
  /** The edition the home page shows (DEFAULT_LANGUAGE, default `en`); other languages live under /<language>/. */
  defaultLanguage: string;
  /** How many articles the home, author and topic pages list before "Older articles" leads on. */
  listPageSize: number;
  /** How many updates each page of a live story shows, besides the pinned one, before "Older updates" leads on. */
  livePageSize: number;
}>;

export const DEFAULT_LIST_PAGE_SIZE = 20;
export const DEFAULT_LIVE_PAGE_SIZE = 20;
/** The origin a build is made for when SITE_URL is not set: `npm start` on this machine. The only place it is written. */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

/**
 * Reads SITE_URL (default DEFAULT_SITE_URL), SITE_NAME and LIST_PAGE_SIZE. Throws with the variable's
 * name and the fix when SITE_URL is set but empty or not an absolute http(s) origin, or LIST_PAGE_SIZE
 * is not a whole number from 1. `npm run check` and `npm start` call it before anything else, so a bad
 * setting stops them in plain words.
 */
export function readSiteConfig(env: Readonly<Record<string, string | undefined>> = process.env): SiteConfig {
  if (env.SITE_URL !== undefined && env.SITE_URL.trim() === '') {
    throw new Error(
      `SITE_URL is set but empty; set it to the site’s origin, e.g. https://news.example.org, or unset it to build for ${DEFAULT_SITE_URL}`,
    );
  }
  const raw = env.SITE_URL?.trim() ?? DEFAULT_SITE_URL;
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
    defaultLanguage: readDefaultLanguage(env.DEFAULT_LANGUAGE),
    listPageSize: readPageSize('LIST_PAGE_SIZE', env.LIST_PAGE_SIZE, DEFAULT_LIST_PAGE_SIZE, 'articles'),
    livePageSize: readPageSize('LIVE_PAGE_SIZE', env.LIVE_PAGE_SIZE, DEFAULT_LIVE_PAGE_SIZE, 'updates'),
  };
}

/** The folder articles are read from, as written: `content`, or CONTENT_DIR (benchmarks, fixture builds). */
export function readContentDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.CONTENT_DIR?.trim() || 'content';
}

/**
 * The settings a build is made from, validated and written as the variables that set them: what
 * scripts/build-record.mjs records, so `npm start` rebuilds when one changes. Throws as readSiteConfig,
 * and as readImageService (lib/images/image-service.ts) when an image service lacks its address or key.
 */
export function readBuildSettings(env: Readonly<Record<string, string | undefined>> = process.env) {
  const config = readSiteConfig(env);
  // The image service's signing key is checked here but never recorded: only where the photos come from.
  const images = readImageService(env);
  return {
    SITE_URL: config.url,
    SITE_NAME: config.name,
    LIST_PAGE_SIZE: String(config.listPageSize),
    LIVE_PAGE_SIZE: String(config.livePageSize),
    CONTENT_DIR: readContentDir(env),
    DEFAULT_LANGUAGE: config.defaultLanguage,
    IMAGE_SERVICE: images.kind === 'files' ? '' : images.kind,
    THUMBOR_URL: images.kind === 'thumbor' ? images.url : '',
  };
}

function readDefaultLanguage(raw: string | undefined): string {
  const value = raw?.trim() || 'en';
  const languages = siteLanguages();
  if (!languages.includes(value))
    throw new Error(
      `DEFAULT_LANGUAGE: "${value}" has no interface catalogue; set it to one of ${languages.join(', ')}, or leave it unset for en`,
    );
  return value;
}

function readPageSize(name: string, raw: string | undefined, fallback: number, what: string): number {
  const value = raw?.trim();
  if (!value) return fallback;
  if (!/^[1-9]\d{0,4}$/.test(value)) {
    throw new Error(
      `${name}: "${value}" is not a number of ${what}; set it to a whole number such as ${fallback}, or leave it unset`,
    );
  }
  return Number(value);
}

let current: SiteConfig | undefined;
const read = (): SiteConfig => (current ??= readSiteConfig());

/**
 * The configuration of this build, read from the environment once, on first use (not on import, so
 * `npm run check` can report a bad setting in plain words before anything reads it).
 */
export const site: SiteConfig = {
  get name() {
    return read().name;
  },
  get url() {
    return read().url;
  },
  get defaultLanguage() {
    return read().defaultLanguage;
  },
  get listPageSize() {
    return read().listPageSize;
  },
  get livePageSize() {
    return read().livePageSize;
  },
};
