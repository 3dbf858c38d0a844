import { toPicture } from '@/lib/images/picture';
import type { AuthorProfile } from '@/lib/site/views';

/** An author's photo is drawn 8rem square: the smallest versions serve it at every density. */
const SIZES = '8rem';

/**
 * An author's photo as AVIF, WebP and JPEG at the widths the photo pipeline made, cut square around its
 * focus by CSS (`data-focus` sets `object-position`), named by the author's name. The build derives it
 * before any page is written.
 */
export function AuthorPhoto({ photo, name }: { photo: NonNullable<AuthorProfile['photo']>; name: string }) {
  if (!photo.rendition) throw new Error(`${photo.src} has not been derived; build with npm run build`);
  const { sources, img } = toPicture(photo.rendition);
  return (
    <picture className="author-photo" data-focus={photo.focus}>
      {sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={SIZES} />
      ))}
      <img
        src={img.src}
        srcSet={img.srcSet}
        sizes={SIZES}
        width={img.width}
        height={img.height}
        alt={name}
        loading="lazy"
        decoding="async"
      />
    </picture>
  );
}
