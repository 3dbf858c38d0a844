import { correctionsFeedResponse } from '@/lib/site/feed-response';
import { siteEditions } from '@/lib/site/published';

type Context = { params: Promise<{ lang: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

/** Each edition's corrections as RSS, e.g. /be/corrections/feed.xml (/en/… is the same as /corrections/feed.xml). */
export function generateStaticParams(): { lang: string }[] {
  return siteEditions().map((lang) => ({ lang }));
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return correctionsFeedResponse((await params).lang);
}
