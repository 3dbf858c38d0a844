import { getRegistry } from '@/lib/articles';

/** An author's role and biography in one language, from content/authors.yml; nothing when there is neither. */
export function AuthorIntro({ id, language }: { id: string; language: string }) {
  const person = getRegistry().authors.get(id);
  const role = person?.roles[language];
  const bio = person?.bios[language];
  if (!role && !bio) return null;
  return (
    <div className="author-intro">
      {role ? <p className="author-role">{role}</p> : null}
      {bio ? <p className="author-bio">{bio}</p> : null}
    </div>
  );
}
