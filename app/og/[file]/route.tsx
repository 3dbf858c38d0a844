import type { Article } from '@/lib/articles';
import { articlesToDrawCardsFor } from '@/lib/site/published';
import { cardRenderer, drawCard } from '@/lib/metadata/draw-card';
import { IMAGE_COLOURS, IMAGE_FONT_FAMILY, imageFonts } from '@/lib/metadata/image-fonts';
import { SHARE_IMAGE_SIZE, shareImageContent, shareImageFile } from '@/lib/metadata/share-image';
import { cachedImage, logShareImage, shareImageCacheDir, shareImageCacheKey } from '@/lib/metadata/share-image-cache';

export const dynamic = 'force-static';
export const dynamicParams = false;

/**
 * One headline card per article without a lead photo, named by its content hash; an article with a
 * photo shares the photo's crop instead (lib/metadata/article-metadata.ts; the build checks that every
 * page's image exists). Of the articles whose pages this build renders (lib/site/published.ts).
 */
export function generateStaticParams(): { file: string }[] {
  return [...articlesByCard().keys()].map((file) => ({ file }));
}

let byCard: Map<string, Article> | undefined;

/** Each card's file name to its article, hashed once per build rather than once per image. */
function articlesByCard(): Map<string, Article> {
  byCard ??= new Map(articlesToDrawCardsFor().map((article) => [shareImageFile(article), article]));
  return byCard;
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const article = articlesByCard().get(file);
  if (!article) return new Response('Not found', { status: 404 });
  // Drawn once per content: an unchanged article's image is copied from the cache, not drawn again.
  const key = shareImageCacheKey(file, cardRenderer());
  const { bytes, reused } = await cachedImage(key, shareImageCacheDir(), () => draw(article));
  logShareImage(file, reused);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/png' } });
}

/** The headline card: site name, headline and date on the site's paper colour. */
function draw(article: Article): Promise<Uint8Array> {
  const { headline, date, siteName } = shareImageContent(article);
  const size = headline.length <= 60 ? 68 : headline.length <= 110 ? 56 : 46;
  return drawCard(
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        width: '100%',
        height: '100%',
        padding: '64px 72px',
        background: IMAGE_COLOURS.paper,
        borderLeft: `24px solid ${IMAGE_COLOURS.accent}`,
        fontFamily: IMAGE_FONT_FAMILY,
      }}
    >
      <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: IMAGE_COLOURS.accent }}>{siteName}</div>
      <div style={{ display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.15, color: IMAGE_COLOURS.ink }}>
        {headline}
      </div>
      <div style={{ display: 'flex', fontSize: 30, color: IMAGE_COLOURS.muted }}>{date}</div>
    </div>,
    SHARE_IMAGE_SIZE,
    imageFonts,
  );
}
