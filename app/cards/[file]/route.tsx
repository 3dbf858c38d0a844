import { siteEditions } from '@/lib/site/published';
import { drawCard } from '@/lib/metadata/draw-card';
import { IMAGE_COLOURS, IMAGE_FONT_FAMILY, imageFonts } from '@/lib/metadata/image-fonts';
import { SHARE_IMAGE_SIZE } from '@/lib/metadata/share-image';
import { siteCardContent, siteCardFile } from '@/lib/metadata/site-card';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One card per edition, named by its language and a hash of what it shows. */
export function generateStaticParams(): { file: string }[] {
  return siteEditions().map((language) => ({ file: siteCardFile(language) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const language = siteEditions().find((candidate) => siteCardFile(candidate) === file);
  if (!language) return new Response('Not found', { status: 404 });
  const { siteName, tagline } = siteCardContent(language);
  const bytes = await drawCard(
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        width: '100%',
        height: '100%',
        padding: '64px 72px',
        background: IMAGE_COLOURS.paper,
        borderLeft: `24px solid ${IMAGE_COLOURS.accent}`,
        fontFamily: IMAGE_FONT_FAMILY,
      }}
    >
      <div style={{ display: 'flex', fontSize: 96, fontWeight: 700, lineHeight: 1.1, color: IMAGE_COLOURS.accent }}>
        {siteName}
      </div>
      <div style={{ display: 'flex', marginTop: 32, fontSize: 44, lineHeight: 1.3, color: IMAGE_COLOURS.ink }}>
        {tagline}
      </div>
    </div>,
    SHARE_IMAGE_SIZE,
    imageFonts,
  );
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/png' } });
}
