// What authors.yml may say about a person beyond their name: a photo, links to their other profiles, a fediverse handle.
import { z } from 'zod';
import { editDistance } from './edit-distance';
import { FOCUS_POINTS, type Focus } from '../images/image-plan';
import { imageSourceProblem } from '../images/image-source';

/** The kinds of link an author's profile may show, in the order the fix lists them. */
export const LINK_KINDS = [
  'website',
  'mastodon',
  'bluesky',
  'x',
  'threads',
  'instagram',
  'facebook',
  'linkedin',
  'telegram',
  'youtube',
  'github',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** How a link is named on the author's page: the platform's own name (a website's is the catalogue's). */
export const LINK_LABELS: Readonly<Record<Exclude<LinkKind, 'website'>, string>> = {
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  x: 'X',
  threads: 'Threads',
  instagram: 'Instagram',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  telegram: 'Telegram',
  youtube: 'YouTube',
  github: 'GitHub',
};

/** Names editors reach for that the list spells otherwise. */
const LINK_ALIASES: Readonly<Record<string, LinkKind>> = { twitter: 'x', site: 'website', homepage: 'website' };

/** One of an author's other profiles, shown on their page as a `rel="me"` link and listed in `sameAs`. */
export type ProfileLink = Readonly<{ kind: LinkKind; url: string }>;

/** A portrait, an original in content/images/, cropped around `focus` where it is shown square. */
export type Portrait = Readonly<{ src: string; focus: Focus }>;

/** `@name@host`: how the fediverse (Mastodon and others) writes an account. */
export const FEDIVERSE_HANDLE = /^@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;

const https = (kind: string) =>
  z.string().refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' && url.hostname.includes('.') && value.startsWith('https://');
      } catch {
        return false;
      }
    },
    { error: `write the profile’s full address starting with https://, e.g. ${kind}: ${example(kind)}` },
  );

function example(kind: string): string {
  const examples: Partial<Record<string, string>> = {
    website: 'https://zmitser.example.org/',
    mastodon: 'https://mastodon.social/@zmitser',
    bluesky: 'https://bsky.app/profile/zmitser.bsky.social',
    x: 'https://x.com/zmitser',
  };
  return examples[kind] ?? `https://${kind}.com/zmitser`;
}

/** The fields of a person that make their profile, for authors.yml's schema (lib/content/registry.ts). */
export const profileFields = {
  photo: z
    .strictObject(
      {
        src: z.string({ error: 'write the original’s path, e.g. src: images/zmitser-mitskevich.jpg' }).superRefine(
          (src, context) => {
            const fix = imageSourceProblem(src);
            if (fix) context.addIssue({ code: 'custom', message: fix });
          },
        ),
        focus: z
          .enum(FOCUS_POINTS, {
            error: `write which part to keep when the photo is cropped: ${FOCUS_POINTS.join(', ')}`,
          })
          .optional(),
      },
      { error: 'give the photo as "src:" (and optionally "focus:") indented under "photo:"' },
    )
    .optional(),
  links: z
    .record(
      z.string().refine((kind) => (LINK_KINDS as readonly string[]).includes(kind)),
      z.string({ error: 'write the profile’s full address starting with https://' }),
      { error: 'give each link as "<kind>: https://…" indented under "links:", e.g. mastodon: https://mastodon.social/@zmitser' },
    )
    .superRefine((links, context) => {
      for (const [kind, url] of Object.entries(links)) {
        const checked = https(kind).safeParse(url);
        if (!checked.success) context.addIssue({ code: 'custom', path: [kind], message: checked.error.issues[0]?.message ?? '' });
      }
    })
    .optional(),
  fediverse: z
    .string({ error: 'write the handle as @name@host, in quotes, e.g. fediverse: "@zmitser@mastodon.social"' })
    .regex(FEDIVERSE_HANDLE, { error: 'write the handle as @name@host, in quotes, e.g. fediverse: "@zmitser@mastodon.social"' })
    .optional(),
};

/** The fix for a link of a kind the site does not know: the nearest kind it does (or the usual name for it), and every kind. */
export function unknownLinkFix(kind: string): string {
  const nearest =
    LINK_ALIASES[kind.toLowerCase()] ??
    LINK_KINDS.map((known) => ({ known, distance: editDistance(kind.toLowerCase(), known) }))
      .filter(({ distance }) => distance <= 2)
      .sort((a, b) => a.distance - b.distance)[0]?.known;
  return `${nearest ? `did you mean "${nearest}"? ` : ''}use one of ${LINK_KINDS.join(', ')}`;
}

/** The address of a fediverse account's profile, as Mastodon serves it: `@zmitser@mastodon.social` → https://mastodon.social/@zmitser. */
export function fediverseProfileUrl(handle: string): string {
  const [, name, host] = handle.split('@');
  return `https://${host}/@${name}`;
}
