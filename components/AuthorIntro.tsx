import { profilePageJsonLd } from '@/lib/metadata/structured-data';
import type { AuthorProfile } from '@/lib/site/views';
import { AuthorPhoto } from './AuthorPhoto';
import { StructuredData } from './StructuredData';

/**
 * An author on their page, from content/authors.yml in the page's language: their photo, role and
 * biography, and their other profiles as `rel="me"` links (which Mastodon checks to verify them), with
 * the same as a ProfilePage in structured data.
 */
export function AuthorIntro({ profile }: { profile: AuthorProfile }) {
  const { name, role, bio, photo, links } = profile;
  const shown = role || bio || photo || links.length > 0;
  return (
    <>
      <StructuredData data={profilePageJsonLd(profile)} />
      {shown ? (
        <div className="author-intro">
          {photo ? <AuthorPhoto photo={photo} name={name} /> : null}
          <div className="author-about">
            {role ? <p className="author-role">{role}</p> : null}
            {bio ? <p className="author-bio">{bio}</p> : null}
            {links.length > 0 ? (
              <ul className="author-links">
                {links.map(({ kind, label, url }) => (
                  <li key={kind}>
                    <a rel="me" href={url}>
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      ) : null}
    </>
  );
}
