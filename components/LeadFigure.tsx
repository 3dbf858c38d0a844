import type { LeadImage } from '@/lib/articles';
import { Picture } from './Picture';

/** The article's lead photo with its caption and credit. The build always derives it before pages are written. */
export function LeadFigure({ image }: { image: LeadImage }) {
  if (!image.rendition) throw new Error(`${image.src} has not been derived; build with npm run build`);
  return (
    <figure className="figure lead-figure">
      <Picture rendition={image.rendition} alt={image.alt} loading="lead" />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.caption && image.credit ? ' ' : null}
          {image.credit ? <span className="credit">{image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
