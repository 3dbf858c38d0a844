import type { RoutePattern } from './views';

/** The file below out/ that a page at `path` is written to: `/news/x/` → `news/x/index.html`. */
export function pageFile(path: string): string {
  return path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
}

/**
 * The address a route gives for `params`: `/[lang]/topics/[slug]/` with `{ lang: 'be', slug: 'nato' }`
 * is `/be/topics/nato/`. Throws when a segment has no parameter, or a parameter no segment.
 */
export function fillRoute(route: RoutePattern, params: Readonly<Record<string, string>>): string {
  const used = new Set<string>();
  const path = route.replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`the route ${route} needs the parameter ${name}`);
    used.add(name);
    return value;
  });
  const unused = Object.keys(params).filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`the route ${route} takes no parameter ${unused.join(', ')}`);
  return path;
}
