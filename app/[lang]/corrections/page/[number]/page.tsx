import { SitePage } from '@/components/SitePage';
import { pageRoute } from '@/lib/site/page-route';

type Params = { lang: string; number: string };
const route = pageRoute<Params>('/[lang]/corrections/page/[number]/');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** Another edition's older corrections; page/1/ sends the reader to the first. */
export default async function EditionCorrectionsPageNumberPage({ params }: { params: Promise<Params> }) {
  return <SitePage row={await route.rowFor(params)} />;
}
