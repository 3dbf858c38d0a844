import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute('/404.html');

// No `robots` here: Next already gives its not-found page <meta name="robots" content="noindex">, and a
// second one would repeat it (tests/build/output.test.ts checks there is exactly one).
export const generateMetadata = route.generateMetadata;

/** The one page every unknown address gets (out/404.html). */
export default async function NotFound() {
  return <SitePage row={await route.rowFor({})} />;
}
