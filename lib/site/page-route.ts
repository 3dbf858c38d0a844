import type { Metadata } from 'next';
import { findRow, paramsToRender } from './page-table';
import { fromNextParams, toNextParams } from './route-paths';
import type { PageRow, RoutePattern } from './views';

type Params = Record<string, string | string[] | undefined>;

/** What an app/ route file needs from the page table, for the route spelt `route` (`/topics/[slug]/`). */
export type PageRoute<P extends Params> = Readonly<{
  /** The parameters of each of the route's pages this build renders. */
  generateStaticParams: () => P[];
  /** A page's metadata, as its view holds it. */
  generateMetadata: (props: { params: Promise<P> }) => Promise<Metadata>;
  /** The page's row, or undefined for parameters the route has no page for. */
  rowFor: (params: P | Promise<P>) => Promise<PageRow | undefined>;
}>;

/**
 * The page table's side of one route: `P` names the route's parameters, which are its segments in
 * brackets (a route without any takes `{}`; an optional catch-all, `[[...slug]]`, is a list of segments,
 * as Next gives it). The parameters come from the table's own rows of the route.
 */
export function pageRoute<P extends Params = Record<never, string>>(route: RoutePattern): PageRoute<P> {
  const rowOf = (params: P) => findRow(route, fromNextParams(route, params));
  return {
    generateStaticParams: () => paramsToRender(route).map((params) => toNextParams(route, params)) as P[],
    generateMetadata: async ({ params }) => rowOf(await params)?.view.metadata ?? {},
    rowFor: async (params) => rowOf(await params),
  };
}
