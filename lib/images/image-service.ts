// Where readers' photos come from: files the build derives (the default), or an image service that
// makes each size on request from the originals (IMAGE_SERVICE=thumbor). Read from the environment;
// the service's signing key is never written to any file the build makes.

/** The embedded pipeline (sharp, files in /images/), or Thumbor at `url` with the key its URLs are signed with. */
export type ImageService =
  Readonly<{ kind: 'files' }> | Readonly<{ kind: 'thumbor'; url: string; origin: string; key: string }>;

export const IMAGE_SERVICES = ['thumbor'] as const;

/**
 * Reads IMAGE_SERVICE (unset or empty: the build derives files), and with `thumbor`, THUMBOR_URL (the
 * service's address, http(s), a path allowed) and THUMBOR_SECURITY_KEY (its SECURITY_KEY). Throws naming
 * the variable and the fix when one is missing or malformed, so the build stops before any page is made.
 */
export function readImageService(env: Readonly<Record<string, string | undefined>> = process.env): ImageService {
  const kind = env.IMAGE_SERVICE?.trim() ?? '';
  if (kind === '') return { kind: 'files' };
  if (kind !== 'thumbor')
    throw new Error(
      `IMAGE_SERVICE: "${kind}" is not an image service this site knows; set it to ${IMAGE_SERVICES.join(' or ')}, or leave it unset for photos derived by the build`,
    );
  const raw = env.THUMBOR_URL?.trim() ?? '';
  if (raw === '')
    throw new Error(
      'THUMBOR_URL is not set; with IMAGE_SERVICE=thumbor set it to the address the service answers on, e.g. https://images.example.org',
    );
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `THUMBOR_URL: "${raw}" is not a web address; set it to the service's address, e.g. https://images.example.org`,
    );
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password)
    throw new Error(
      `THUMBOR_URL: "${raw}" must be an http(s) address with no query, fragment or password, e.g. https://images.example.org`,
    );
  const key = env.THUMBOR_SECURITY_KEY ?? '';
  if (key.trim() === '')
    throw new Error(
      "THUMBOR_SECURITY_KEY is not set; with IMAGE_SERVICE=thumbor set it to the service's SECURITY_KEY (from the environment or the CI's secrets, never committed)",
    );
  return { kind: 'thumbor', url: url.href.replace(/\/+$/, ''), origin: url.origin, key };
}
