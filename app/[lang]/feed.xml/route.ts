import { feedResponse } from '@/lib/site/feed-response';
import { siteEditions } from '@/lib/site/published';

type Context = { params: Promise<{ lang: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

/** Each edition's own feed, e.g. /be/feed.xml (/en/feed.xml is the same as /feed.xml). */
export function generateStaticParams(): { lang: string }[] {
  return siteEditions().map((lang) => ({ lang }));
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return feedResponse('feed.xml', (await params).lang);
}
