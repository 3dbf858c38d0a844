import { feedResponse } from '@/lib/metadata/feeds/feed-response';
import { editionParams } from '@/lib/lists/list-pages';

type Context = { params: Promise<{ lang: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

/** Each edition's own feed, e.g. /be/atom.xml (/en/atom.xml is the same as /atom.xml). */
export function generateStaticParams(): { lang: string }[] {
  return editionParams();
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return feedResponse('atom.xml', (await params).lang);
}
