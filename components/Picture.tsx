import type { ImageRendition } from '@/lib/articles';
import { toPicture } from '@/lib/images/picture';

type Props = {
  rendition: ImageRendition;
  alt: string;
  /** `lead`: the page's main photo, fetched first; `lazy`: fetched as the reader nears it. */
  loading: 'lead' | 'lazy';
  use?: 'column' | 'thumb';
};

/** A photo as AVIF and JPEG at the widths the build made, sized so the page never moves when it arrives. */
export function Picture({ rendition, alt, loading, use = 'column' }: Props) {
  const { sources, img } = toPicture(rendition, use);
  return (
    <picture>
      {sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={source.sizes} />
      ))}
      <img
        src={img.src}
        srcSet={img.srcSet}
        sizes={img.sizes}
        width={img.width}
        height={img.height}
        alt={alt}
        decoding="async"
        {...(loading === 'lead' ? { fetchPriority: 'high' as const } : { loading: 'lazy' as const })}
      />
    </picture>
  );
}
