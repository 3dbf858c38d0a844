import { ImageResponse } from 'next/og';
import { IMAGE_COLOURS, IMAGE_FONT_FAMILY, imageFonts } from '@/lib/metadata/image-fonts';
import { LOGO_SIZE } from '@/lib/metadata/structured-data';

export const dynamic = 'force-static';

/** The publisher's logo for structured data: search engines want a raster image, not an SVG. */
export function GET() {
  return new ImageResponse(
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: '100%',
        height: '100%',
        background: IMAGE_COLOURS.accent,
        color: '#ffffff',
        fontFamily: IMAGE_FONT_FAMILY,
        fontWeight: 700,
        fontSize: 320,
      }}
    >
      D
    </div>,
    { width: LOGO_SIZE, height: LOGO_SIZE, fonts: imageFonts },
  );
}
