// Photos served by an image service (IMAGE_SERVICE=thumbor): the build derives no file, and every
// version, crop and thumbnail in the catalogue is a signed URL asking the service for that size, crop and
// format of the original, which `npm run copy-originals` puts where the service reads it.
import { type DeriveRequest, inspectImage } from './derive-images';
import { type ImageCatalog, type ImageFile, toCatalogEntry } from './image-catalog';
import { type DerivativeSpec, planDerivatives } from './image-plan';
import type { ImageService } from './image-service';
import { fileStem } from './image-source';
import { thumborPath, thumborUrl } from './thumbor';

/** An original as the service knows it: its file here and its name there. */
export type ServiceOriginal = Readonly<{ src: string; file: string; name: string }>;

/**
 * The name the service reads an original by: its stem and a hash of its bytes, with its own extension
 * (`images/Minsk Square.JPG` → `minsk-square.3f9a1c2b7e01.jpg`), so a corrected photo gets new URLs and
 * caches in front of the service never serve the old one.
 */
export function serviceName(src: string, sha: string): string {
  const extension = (/\.([a-z0-9]+)$/i.exec(src)?.[1] ?? 'jpg').toLowerCase().replace('jpeg', 'jpg');
  return `${fileStem(src)}.${sha.slice(0, 12)}.${extension}`;
}

/** Every requested original with the name the service reads it by. Throws on an unreadable one (the check refused it already). */
export async function serviceOriginals(
  requests: readonly DeriveRequest[],
  cacheDir: string,
): Promise<ServiceOriginal[]> {
  return Promise.all(
    requests.map(async ({ src, file }) => {
      const inspection = await inspectImage(file, cacheDir);
      if (!inspection.ok) throw new Error(`${src}: ${inspection.reason}`);
      return { src, file, name: serviceName(src, inspection.sha) };
    }),
  );
}

/** The pixel size of `spec` from an original of `photo` size: a resize keeps its proportions. */
function sizeOf(spec: DerivativeSpec, photo: Readonly<{ width: number; height: number }>) {
  if (spec.kind !== 'resize') return { width: spec.width, height: spec.height };
  return { width: spec.width, height: Math.max(1, Math.round((photo.height * spec.width) / photo.width)) };
}

/**
 * The catalogue when `service` makes the photos: for each request, the same plan as the build's (widths
 * never wider than the original, crops never larger than it holds, thumbnails, around each focus), each a
 * signed Thumbor URL for its exact size, crop and format. Nothing is encoded and no file is written but
 * the inspection cache.
 */
export async function serviceCatalog(
  requests: readonly DeriveRequest[],
  options: Readonly<{ cacheDir: string; service: Extract<ImageService, { kind: 'thumbor' }> }>,
): Promise<ImageCatalog> {
  const { service } = options;
  const names = await serviceOriginals(requests, options.cacheDir);
  const catalog: Record<string, ReturnType<typeof toCatalogEntry>> = {};
  for (const [i, request] of requests.entries()) {
    const inspection = await inspectImage(request.file, options.cacheDir);
    const name = names[i]?.name;
    if (!inspection.ok || !name) throw new Error(`${request.src}: cannot be read`);
    const made = planDerivatives(inspection, request.focuses).map((spec) => {
      const size = sizeOf(spec, inspection);
      const file: ImageFile = {
        path: thumborUrl(service.url, service.key, thumborPath(spec, size, name)),
        ...size,
        bytes: 0,
      };
      return { spec, file };
    });
    catalog[request.src] = toCatalogEntry(request, inspection, made);
  }
  return catalog;
}
