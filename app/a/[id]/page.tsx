import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute<{ id: string }>('/a/[id]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** Each article's short share link /a/<id>/, which survives any change of headline or slug. */
export default async function ShortLinkRoute({ params }: { params: Promise<{ id: string }> }) {
  return <SitePage row={await route.rowFor(params)} />;
}
