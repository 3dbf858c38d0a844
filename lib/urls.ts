import { site } from './site-config';

/** The path of an article's permalink: `/news/<slug>/`. It never changes once published. */
export function articlePath(slug: string): string {
  return `/news/${slug}/`;
}

/** Makes a site path absolute against SITE_URL. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, site.url).href;
}

/** The absolute canonical URL of an article. */
export function articleUrl(slug: string): string {
  return absoluteUrl(articlePath(slug));
}
