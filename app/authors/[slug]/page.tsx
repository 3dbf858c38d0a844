import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute<{ slug: string }>('/authors/[slug]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** Each author's page in the default edition: their role, biography and articles. */
export default async function AuthorRoute({ params }: { params: Promise<{ slug: string }> }) {
  return <SitePage row={await route.rowFor(params)} />;
}
