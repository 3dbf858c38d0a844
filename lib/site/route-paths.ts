import type { RoutePattern } from './views';

/** The file below out/ that a page at `path` is written to: `/news/x/` → `news/x/index.html`. */
export function pageFile(path: string): string {
  return path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
}

// `[name]`, or an optional catch-all `[[...name]]` with the slash after it (the route's own page leaves both out).
const SEGMENT = /\[\[\.\.\.(\w+)\]\]\/?|\[(\w+)\]/g;

/** The names of a route's optional catch-all segments (`[[...slug]]`): Next gives and takes these as lists. */
function catchAllNames(route: RoutePattern): Set<string> {
  return new Set([...route.matchAll(SEGMENT)].flatMap(([, catchAll]) => (catchAll ? [catchAll] : [])));
}

/**
 * The address a route gives for `params`: `/[lang]/topics/[slug]/` with `{ lang: 'be', slug: 'nato' }`
 * is `/be/topics/nato/`; `/about/[[...slug]]/` is `/about/contact/` with `{ slug: 'contact' }` and
 * `/about/` without it. Throws when a segment has no parameter, or a parameter no segment.
 */
export function fillRoute(route: RoutePattern, params: Readonly<Record<string, string>>): string {
  const used = new Set<string>();
  const path = route.replace(SEGMENT, (segment, catchAll: string | undefined, name: string | undefined) => {
    const key = (catchAll ?? name) as string;
    const value = params[key];
    if (value === undefined && catchAll) return '';
    if (value === undefined) throw new Error(`the route ${route} needs the parameter ${key}`);
    used.add(key);
    return catchAll ? `${value}${segment.endsWith('/') ? '/' : ''}` : value;
  });
  const unused = Object.keys(params).filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`the route ${route} takes no parameter ${unused.join(', ')}`);
  return path;
}

/** A row's parameters as Next's generateStaticParams gives them: an optional catch-all as its list of segments. */
export function toNextParams(
  route: RoutePattern,
  params: Readonly<Record<string, string>>,
): Record<string, string | string[]> {
  const next: Record<string, string | string[]> = { ...params };
  for (const name of catchAllNames(route)) next[name] = params[name]?.split('/') ?? [];
  return next;
}

/** The parameters Next hands a page, as the page table writes them: an empty catch-all left out. */
export function fromNextParams(
  route: RoutePattern,
  params: Readonly<Record<string, string | string[] | undefined>>,
): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const joined = Array.isArray(value) ? value.join('/') : value;
    if (joined !== undefined && !(catchAllNames(route).has(name) && joined === '')) table[name] = joined;
  }
  return table;
}
