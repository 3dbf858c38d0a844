import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

const route = pageRoute('/corrections/');

export const generateMetadata = route.generateMetadata;

/** The default edition's corrections, newest first. */
export default async function CorrectionsPage() {
  return <SitePage row={await route.rowFor({})} />;
}
