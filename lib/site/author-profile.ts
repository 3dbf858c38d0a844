// An author's profile as their page shows it: from authors.yml, in the page's language, with their photo's renditions.
import { getImageCatalog, getRegistry } from '../articles';
import { resolveImageFrom } from '../images/image-catalog';
import { fediverseProfileUrl, LINK_LABELS } from '../content/author-profile';
import { messagesFor } from '../i18n/messages';
import { absoluteUrl, authorPath } from '../urls';
import type { AuthorProfile } from './views';

/**
 * The profile of the author `id` on their page in `language`: their name, role and biography in that
 * language, their photo (its renditions from the image step; undefined only while checking), their
 * links as authors.yml orders them, and `sameAs`, every other profile's address, the fediverse account's
 * included. Undefined for an id authors.yml does not have.
 */
export function authorProfile(id: string, language: string): AuthorProfile | undefined {
  const person = getRegistry().authors.get(id);
  if (!person) return undefined;
  const t = messagesFor(language);
  const name = person.names[language] ?? Object.values(person.names)[0] ?? id;
  const role = person.roles[language];
  const bio = person.bios[language];
  const links = person.links.map(({ kind, url }) => ({
    kind,
    label: kind === 'website' ? t.text('profile.website') : LINK_LABELS[kind],
    url,
  }));
  const accounts = [
    ...links.map(({ url }) => url),
    ...(person.fediverse ? [fediverseProfileUrl(person.fediverse)] : []),
  ];
  return {
    name,
    url: absoluteUrl(authorPath(id, language)),
    ...(role ? { role } : {}),
    ...(bio ? { bio } : {}),
    ...(person.photo
      ? {
          photo: {
            src: person.photo.src,
            focus: person.photo.focus,
            rendition: resolveImageFrom(getImageCatalog())(person.photo.src),
          },
        }
      : {}),
    links,
    sameAs: [...new Set(accounts)],
  };
}
